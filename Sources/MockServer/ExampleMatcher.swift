import Foundation
import Transport

/// Picks the saved example that answers a request, the way Postman's classic mock servers do:
///
/// 1. The method must match, and the path must match the template (`:name` and `{{name}}` match any segment).
/// 2. `x-mock-response-name`, `x-mock-response-id` and `x-mock-response-code` narrow the candidates.
/// 3. Among the rest, the example whose original request has the same query parameters and headers wins;
///    then fewer wildcard segments; then a 2xx status; then the first in collection order.
///
/// No match gives a 404 whose JSON body names the closest examples.
package struct ExampleMatcher: Sendable {
    package let examples: [MockExample]
    /// A prefix every request path carries but templates do not, e.g. `/v1` when `baseUrl` ends in `/v1`.
    package let basePath: String
    private let templates: [PathTemplate]

    package init(examples: [MockExample], basePath: String = "") {
        self.examples = examples
        var base = basePath
        while base.hasSuffix("/") { base.removeLast() }
        self.basePath = base
        templates = examples.map { PathTemplate($0.path) }
        var literal: [String: [Int]] = [:]
        var patterned: [Int] = []
        for (index, template) in templates.enumerated() {
            if let path = template.literalPath {
                literal[Self.key(examples[index].method, path), default: []].append(index)
            } else {
                patterned.append(index)
            }
        }
        literalCandidates = literal
        patternedCandidates = patterned
    }

    /// Examples whose path has no placeholder, by method and path: most lookups need only these.
    private let literalCandidates: [String: [Int]]
    /// Examples with `:name` or `{{var}}` segments, which have to be tried one by one.
    private let patternedCandidates: [Int]

    private static func key(_ method: String, _ path: String) -> String {
        method.uppercased() + " " + path
    }

    /// The chosen example, or nil when none fits.
    package func match(_ request: ServerRequest) -> MockExample? {
        bestIndex(for: request).map { examples[$0] }
    }

    /// The example's response, or a 404 naming the closest candidates.
    package func response(for request: ServerRequest) -> ServerResponse {
        if let index = bestIndex(for: request) { return examples[index].response }
        return notFound(request)
    }

    private func requestSegments(_ request: ServerRequest) -> [String] {
        var path = request.rawPath
        if !basePath.isEmpty, path == basePath || path.hasPrefix(basePath + "/") {
            path.removeFirst(basePath.count)
        }
        return PathTemplate.segments(of: path)
    }

    private func bestIndex(for request: ServerRequest) -> Int? {
        let segments = requestSegments(request)
        let name = request.headers["x-mock-response-name"]
        let id = request.headers["x-mock-response-id"]
        let code = request.headers["x-mock-response-code"].flatMap { Int($0.trimmingSpaces) }
        var best: (index: Int, rank: [Int])?
        let exact = literalCandidates[Self.key(request.method, segments.joined(separator: "/"))] ?? []
        // Collection order decides between equals, so the two candidate lists are merged in order.
        let candidates = exact.isEmpty ? patternedCandidates : (exact + patternedCandidates).sorted()
        for index in candidates {
            let example = examples[index]
            guard example.method.caseInsensitiveEquals(request.method),
                let wildcards = templates[index].match(segments)
            else { continue }
            if let name, example.name != name { continue }
            if let id, example.id != id { continue }
            if let code, example.status != code { continue }
            let rank = [
                Self.queryScore(example, request) + Self.headerScore(example, request), -wildcards,
                (200..<300).contains(example.status) ? 1 : 0,
            ]
            // Strictly better only, so the first of equals (collection order) stays.
            if let current = best, !current.rank.lexicographicallyPrecedes(rank) { continue }
            best = (index, rank)
        }
        return best?.index
    }

    /// +2 for each example parameter the request has with the same value, +1 for a placeholder value,
    /// -2 for a different value, -1 when missing, and -1 for each request parameter the example lacks.
    static func queryScore(_ example: MockExample, _ request: ServerRequest) -> Int {
        var score = 0
        for parameter in example.query {
            let values = request.queryItems.filter { $0.name == parameter.name }.map(\.value)
            if values.isEmpty {
                score -= 1
            } else if values.contains(parameter.value) {
                score += 2
            } else if parameter.value.contains("{{") {
                score += 1
            } else {
                score -= 2
            }
        }
        let known = Set(example.query.map(\.name))
        score -= request.queryItems.filter { !known.contains($0.name) }.count
        return score
    }

    /// +2 for each example header the request has with the same value, +1 for a placeholder value,
    /// -2 for a different value. Missing headers cost nothing: clients add and drop headers freely.
    static func headerScore(_ example: MockExample, _ request: ServerRequest) -> Int {
        var score = 0
        for field in example.requestHeaders where !field.name.lowercased().hasPrefix("x-mock-") {
            let values = request.headers.values(for: field.name)
            if values.isEmpty { continue }
            if values.contains(field.value) {
                score += 2
            } else if field.value.contains("{{") {
                score += 1
            } else {
                score -= 2
            }
        }
        return score
    }

    private func notFound(_ request: ServerRequest) -> ServerResponse {
        let segments = requestSegments(request)
        let ranked = examples.indices.compactMap { index -> (index: Int, similarity: Int)? in
            let similarity = templates[index].similarity(to: segments)
            guard similarity > 0 else { return nil }
            return (index, similarity + (examples[index].method.caseInsensitiveEquals(request.method) ? 1 : 0))
        }
        .sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.index < $1.index }
        .prefix(3)
        let closest = ranked.map { entry in
            let example = examples[entry.index]
            return "{" + Self.member("name", example.name) + "," + Self.member("method", example.method) + ","
                + Self.member("path", example.path) + #","status":\#(example.status)}"#
        }
        var message = "no saved example matches \(request.method) \(request.path)"
        var selectors: [String] = []
        for header in ["x-mock-response-name", "x-mock-response-id", "x-mock-response-code"] {
            if let value = request.headers[header] { selectors.append("\(header): \(value)") }
        }
        if !selectors.isEmpty { message += " with " + selectors.joined(separator: ", ") }
        let body =
            #"{"error":{"status":404,"#
            + Self.member("message", message) + #","closest":[\#(closest.joined(separator: ","))]}}"#
        return .json(status: 404, body)
    }

    /// `"name":"value"` with the value JSON-escaped.
    private static func member(_ name: String, _ value: String) -> String {
        #""\#(name)":"\#(ServerResponse.jsonEscaped(value))""#
    }
}
