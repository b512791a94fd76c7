/// A URL path template from a saved example, split into segments that are literal or contain placeholders.
struct PathTemplate: Sendable {
    private enum Segment: Sendable {
        case literal(String)
        /// Literal pieces around `{{…}}` placeholders (or a whole `:name` segment, as `["", ""]`).
        case pattern([String])
    }

    private let segments: [Segment]

    init(_ template: String) {
        segments = Self.segments(of: template).map { text in
            if text.hasPrefix(":") && text.count > 1 { return .pattern(["", ""]) }
            guard text.contains("{{") else { return .literal(text) }
            var pieces: [String] = []
            var rest = Substring(text)
            while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
                pieces.append(String(rest[..<open.lowerBound]))
                rest = rest[close.upperBound...]
            }
            pieces.append(String(rest))
            return pieces.count > 1 ? .pattern(pieces) : .literal(text)
        }
    }

    /// The path itself when no segment has a placeholder, so such templates can be looked up directly.
    var literalPath: String? {
        var parts: [String] = []
        for segment in segments {
            guard case .literal(let text) = segment else { return nil }
            parts.append(text)
        }
        return parts.joined(separator: "/")
    }

    /// Non-empty, percent-decoded segments: `/a//b/` and `/a/b` are the same path.
    static func segments(of path: String) -> [String] {
        path.split(separator: "/").map { ServerRequest.percentDecoded(String($0)) }
    }

    /// The number of placeholder segments used when every segment matches, else nil.
    func match(_ path: [String]) -> Int? {
        guard path.count == segments.count else { return nil }
        var wildcards = 0
        for (segment, text) in zip(segments, path) {
            switch segment {
            case .literal(let literal):
                guard literal == text else { return nil }
            case .pattern(let pieces):
                guard Self.matches(text, pieces) else { return nil }
                wildcards += 1
            }
        }
        return wildcards
    }

    /// Matching leading segments, minus the difference in length: a rough "how close" for 404 hints.
    func similarity(to path: [String]) -> Int {
        var common = 0
        for (segment, text) in zip(segments, path) {
            let equal: Bool
            switch segment {
            case .literal(let literal): equal = literal == text
            case .pattern(let pieces): equal = Self.matches(text, pieces)
            }
            guard equal else { break }
            common += 1
        }
        return common * 2 - abs(segments.count - path.count)
    }

    /// Whether `text` is `pieces[0] + any + pieces[1] + any + … + pieces[last]`, each `any` non-empty.
    private static func matches(_ text: String, _ pieces: [String]) -> Bool {
        guard let first = pieces.first, let last = pieces.last, text.hasPrefix(first) else { return false }
        var rest = Substring(text.dropFirst(first.count))
        for piece in pieces.dropFirst().dropLast() {
            guard rest.count > 1, let found = rest.dropFirst().range(of: piece) else { return false }
            rest = rest[found.upperBound...]
        }
        return rest.count > last.count && rest.hasSuffix(last)
    }
}
