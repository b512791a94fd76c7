import JSON
import JSONPath
import Transport

/// Evaluates assertions against one response, its duration, and a resolver for `{{variable}}` templates.
///
/// `resolve` receives text containing `{{…}}` (a quoted string value, an unquoted `{{name}}`, a header or cookie
/// name, or a JSONPath such as `$.items[?@.id == '{{id}}']`) and returns it with the templates substituted,
/// exactly as the runner resolves requests. The body is parsed as JSON at most
/// once per evaluator, on the first JSONPath query.
///
/// ## What a JSONPath query yields
///
/// - A *singular* query (only `.name`, `['name']` and `[index]` steps, RFC 9535 §2.3.5.1) yields the node's value,
///   or "no node". `exists` is false for "no node"; every other predicate fails with `actual: no node`.
/// - Any other query (wildcards, slices, filters, `..`, several selectors) yields the *list* of selected nodes,
///   in document order, following Hurl:
///   - `count` is the number of nodes; `exists` passes when there is at least one node, `isEmpty` when there is
///     none;
///   - `contains v` passes when some node equals `v` (membership);
///   - `== [..]` and `!= [..]` with an array value compare the node values, in order, with the array;
///   - every other predicate is applied to **each** node and passes when all nodes pass (with `not`, when no node
///     passes). An empty list fails with "the query selected no node", and a failure names the normalized path
///     of the first offending node.
/// - `count` on a singular query (or on any non-JSONPath query) is the length of the array, object or string.
///
/// ## Values and types
///
/// Comparisons are typed, as in JSON: `1 == 1.0`, but `true` is not `1` and `"1"` is not `1`. `<`, `<=`, `>`,
/// `>=` compare two numbers, or two strings by code points; any other pairing (`"abc" > 3`) fails with
/// "cannot compare a string with a number". `status == 2xx` tests the class. `matches` searches the string for
/// the pattern (I-Regexp plus `\d`, `\w`, `\s`; anchor with `^…$`).
package struct AssertionEvaluator {
    package let response: HTTPResponse
    package let duration: Duration
    let resolve: (String) -> String
    private let cache = BodyCache()

    package init(response: HTTPResponse, duration: Duration, resolve: @escaping (String) -> String = { $0 }) {
        self.response = response
        self.duration = duration
        self.resolve = resolve
    }

    package func evaluate(_ assertions: [Assertion]) -> [AssertionResult] {
        assertions.map(evaluate)
    }

    /// The value a capture takes: the query's value (the first node for a non-singular JSONPath), as text when it
    /// is a string and as JSON otherwise; nil when there is nothing to capture.
    package func capture(_ query: AssertionQuery) -> String? {
        switch subject(of: query) {
        case .value(let value, _):
            return value.stringValue ?? JSONWriter.write(value)
        case .nodes(let nodes):
            guard let first = nodes.first else { return nil }
            return first.value.stringValue ?? JSONWriter.write(first.value)
        case .absent, .unavailable:
            return nil
        }
    }

    /// The body as JSON, or why it is not.
    var jsonBody: Result<JSONValue, BodyProblem> {
        if let parsed = cache.parsed { return parsed }
        let parsed: Result<JSONValue, BodyProblem>
        if response.body.isEmpty {
            parsed = .failure(BodyProblem(message: "the body is empty, not JSON"))
        } else {
            do {
                parsed = .success(try JSONParser.parse(response.body))
            } catch {
                parsed = .failure(BodyProblem(message: "the body is not JSON: \(error.description)"))
            }
        }
        cache.parsed = parsed
        return parsed
    }

    /// What a query found in the response.
    enum Subject {
        /// One value; `path` is set for a singular JSONPath.
        case value(JSONValue, path: String?)
        /// The nodes of a non-singular JSONPath.
        case nodes([JSONPathNode])
        /// Nothing there, described for `actual` ("no node", "no header 'ETag'").
        case absent(String)
        /// The query could not run (the body is not JSON).
        case unavailable(String)
    }

    func subject(of query: AssertionQuery) -> Subject {
        switch query {
        case .status:
            return .value(.number(Double(response.status)), path: nil)
        case .header(let written):
            let name = resolvedName(written)
            let values = response.headers.values(for: name)
            return values.isEmpty ? .absent("no header '\(name)'") : .value(.string(values.joined(separator: ", ")), path: nil)
        case .body:
            return .value(.string(String(decoding: response.body, as: UTF8.self)), path: nil)
        case .duration:
            return .value(.number(Double(duration.milliseconds)), path: nil)
        case .size:
            return .value(.number(Double(response.body.count)), path: nil)
        case .cookie(let written):
            let name = resolvedName(written)
            return Self.cookie(named: name, in: response.headers).map { .value(.string($0), path: nil) }
                ?? .absent("no cookie '\(name)' in Set-Cookie")
        case .contentType:
            guard let header = response.headers["Content-Type"] else { return .absent("no header 'Content-Type'") }
            return .value(.string(Self.mediaType(header)), path: nil)
        case .jsonPath(let written):
            return select(resolvedQuery(written))
        case .jsonPathTemplate(let text):
            return select(parsedQuery(resolve(text)))
        }
    }

    /// Runs a (resolved) JSONPath over the body: one value for a singular query, else the node list.
    private func select(_ query: Result<JSONPathQuery, BodyProblem>) -> Subject {
        let path: JSONPathQuery
        switch query {
        case .success(let resolved): path = resolved
        case .failure(let problem): return .unavailable(problem.message)
        }
        switch jsonBody {
        case .failure(let problem):
            return .unavailable(problem.message)
        case .success(let document):
            let nodes = path.select(in: document)
            guard path.isSingular else { return .nodes(nodes) }
            guard let node = nodes.first else { return .absent("no node") }
            return .value(node.value, path: node.path.description)
        }
    }

    /// A header or cookie name with its `{{…}}` templates resolved.
    private func resolvedName(_ name: String) -> String {
        name.contains("{{") ? resolve(name) : name
    }

    /// The query with `{{…}}` templates in its text resolved, re-parsed only when it has any.
    private func resolvedQuery(_ query: JSONPathQuery) -> Result<JSONPathQuery, BodyProblem> {
        guard query.source.contains("{{") else { return .success(query) }
        let text = resolve(query.source)
        guard text != query.source else { return .success(query) }
        return parsedQuery(text)
    }

    private func parsedQuery(_ text: String) -> Result<JSONPathQuery, BodyProblem> {
        do {
            return .success(try JSONPathQuery(text))
        } catch {
            return .failure(BodyProblem(message: "with its variables resolved, the JSONPath \(text) is invalid: \(error.message)"))
        }
    }

    /// The value of the last `Set-Cookie` that sets `name` (URLSession may fold several into one line).
    static func cookie(named name: String, in headers: HTTPHeaders) -> String? {
        var found: String?
        for header in headers.values(for: "Set-Cookie").flatMap(SetCookieSplitter.split) {
            let pair = header.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].trimmingSpaces == name else { continue }
            found = parts[1].trimmingSpaces
        }
        return found
    }

    /// `application/json; charset=utf-8` → `application/json`.
    package static func mediaType(_ contentType: String) -> String {
        let type = contentType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return type.trimmingSpaces.lowercased()
    }
}

/// Why the body could not be used as JSON.
struct BodyProblem: Error {
    var message: String
}

/// Holds the parsed body so that several assertions parse it once.
private final class BodyCache {
    var parsed: Result<JSONValue, BodyProblem>?
}

extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
