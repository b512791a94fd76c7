import Foundation
import JSON
import Transport

/// Checks responses against an item's saved examples (`--contract examples`); a pure function of its inputs.
///
/// A response passes when:
/// 1. its status is one of the examples' codes;
/// 2. its `Content-Type` media type equals that of an example with that code (when the example declares one);
/// 3. for a JSON example, its body is *shape-compatible*: every key of the example is present with the same JSON
///    type (all numbers are one type), recursively, and every array element matches the shape of one of the
///    example's elements (an empty example array accepts any elements).
///
/// With several examples for the status, the response passes if it matches any of them; otherwise the closest
/// one's mismatches are reported. Examples are parsed once, in `init`.
package struct ContractChecker: Sendable {
    private struct PreparedExample: Sendable {
        var example: ContractExample
        var mediaType: String?
        /// The example body's shape; nil when it has no body or the body is not JSON.
        var shape: ShapeComparison.Shape?
        var warning: ContractMismatch?
    }

    package let options: ContractOptions
    private let examples: [PreparedExample]

    package init(examples: [ContractExample], options: ContractOptions = ContractOptions()) {
        self.options = options
        self.examples = examples.map { example in
            let mediaType = example.contentType.map(AssertionEvaluator.mediaType)
            var prepared = PreparedExample(example: example, mediaType: mediaType, shape: nil, warning: nil)
            guard let body = example.body, !body.allSatisfy(\.isWhitespace) else { return prepared }
            let declaredJSON = mediaType.map(Self.isJSONMediaType) ?? false
            if let json = try? JSONParser.parse(body) {
                prepared.shape = ShapeComparison.Shape(json)
            } else if declaredJSON {
                prepared.warning = ContractMismatch(
                    path: "example '\(example.name)'", detail: "body is not valid JSON; its shape is not checked")
            }
            if mediaType != nil && !declaredJSON { prepared.shape = nil }
            return prepared
        }
    }

    package func check(_ response: HTTPResponse) -> ContractResult {
        check(status: response.status, contentType: response.headers["Content-Type"], body: response.body)
    }

    /// Checks a response whose body has not been parsed; it is parsed only if an example needs its shape.
    package func check(status: Int, contentType: String?, body: Data) -> ContractResult {
        check(status: status, contentType: contentType, body: .raw(body))
    }

    /// Checks a response whose body the caller already parsed as JSON.
    package func check(status: Int, contentType: String?, json: JSONValue) -> ContractResult {
        check(status: status, contentType: contentType, body: .json(json))
    }

    /// A response body as the caller has it.
    private enum Body {
        case raw(Data)
        case json(JSONValue)
    }

    private func check(status: Int, contentType: String?, body: Body) -> ContractResult {
        guard !examples.isEmpty else { return ContractResult(outcome: .noContract) }
        let candidates = examples.filter { $0.example.code == nil || $0.example.code == status }
        guard !candidates.isEmpty else {
            let codes = Array(Set(examples.compactMap(\.example.code))).sorted()
            let expected = codes.count == 1 ? "\(codes[0])" : "one of " + codes.map(String.init).joined(separator: ", ")
            return ContractResult(
                outcome: .failed, mismatches: [ContractMismatch(path: "status", detail: "expected \(expected)  got \(status)")])
        }
        let mediaType = contentType.map(AssertionEvaluator.mediaType)
        var parsedBody: Result<JSONValue, JSONError>?
        var best: (example: PreparedExample, mismatches: [ContractMismatch], warnings: [ContractMismatch])?
        for candidate in candidates {
            var mismatches: [ContractMismatch] = []
            var warnings: [ContractMismatch] = candidate.warning.map { [$0] } ?? []
            if let expected = candidate.mediaType, expected != mediaType {
                mismatches.append(
                    ContractMismatch(path: "Content-Type", detail: "expected \(expected)  got \(mediaType ?? "none")"))
            }
            if let shape = candidate.shape {
                if parsedBody == nil {
                    switch body {
                    case .json(let json):
                        parsedBody = .success(json)
                    case .raw(let data):
                        do {
                            parsedBody = .success(try JSONParser.parse(data))
                        } catch {
                            parsedBody = .failure(error)
                        }
                    }
                }
                switch parsedBody {
                case .success(let actual):
                    var comparison = ShapeComparison(options: options)
                    comparison.compare(shape, actual)
                    mismatches += comparison.mismatches
                    warnings += comparison.warnings
                default:
                    let data: Data
                    if case .raw(let raw) = body { data = raw } else { data = Data() }
                    let excerpt = Self.excerpt(String(decoding: data.prefix(200), as: UTF8.self))
                    mismatches.append(
                        ContractMismatch(
                            path: "$", detail: data.isEmpty ? "expected JSON  got an empty body" : "expected JSON  got \(excerpt)"))
                }
            }
            if mismatches.isEmpty {
                return ContractResult(outcome: .passed, exampleName: candidate.example.name, warnings: warnings)
            }
            if best == nil || mismatches.count < best?.mismatches.count ?? 0 {
                best = (candidate, mismatches, warnings)
            }
        }
        return ContractResult(
            outcome: .failed, exampleName: best?.example.example.name, mismatches: best?.mismatches ?? [],
            warnings: best?.warnings ?? [])
    }

    static func isJSONMediaType(_ mediaType: String) -> Bool {
        mediaType == "application/json" || mediaType.hasSuffix("+json") || mediaType == "text/json"
    }

    /// A short quoted excerpt of a text for a one-line diff.
    static func excerpt(_ text: String) -> String {
        let flat = String(text.map { $0.isNewline ? " " : $0 })
        let short = flat.count > 40 ? String(flat.prefix(40)) + "…" : flat
        return JSONWriter.quoted(short)
    }
}
