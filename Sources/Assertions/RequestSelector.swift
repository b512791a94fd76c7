/// Chooses the requests an assertions-file entry applies to: an item id, or a path such as `Projects/*/List`.
///
/// Path segments are folder names and finally the request name, separated by `/`. In a segment, `*` matches any
/// run of characters (including none); a segment that is exactly `**` matches any number of folders (including
/// none). `\/`, `\*` and `\\` stand for a literal `/`, `*` and `\`. Names compare exactly (case-sensitive).
package struct RequestSelector: Sendable, Hashable, CustomStringConvertible {
    /// One `/`-separated part of the pattern.
    enum Segment: Sendable, Hashable {
        case anyFolders
        case glob([Piece])
    }

    /// A literal run or a `*` inside a segment.
    enum Piece: Sendable, Hashable {
        case literal(String)
        case star
    }

    package let pattern: String
    let segments: [Segment]

    package init(_ pattern: String) throws(AssertionSyntaxError) {
        self.pattern = pattern
        var segments: [Segment] = []
        var pieces: [Piece] = []
        var literal = ""
        var raw = ""
        var segmentStart = 0
        let scalars = Array(pattern.unicodeScalars)
        guard !scalars.isEmpty else {
            throw AssertionSyntaxError(message: "empty request selector", line: pattern, offset: 0)
        }
        func finishSegment(at offset: Int) throws(AssertionSyntaxError) {
            if !literal.isEmpty { pieces.append(.literal(literal)) }
            guard !pieces.isEmpty else {
                throw AssertionSyntaxError(
                    message: "empty folder or request name in the selector", line: pattern, offset: offset,
                    help: "separate names with a single '/', as in Folder/Sub/Request")
            }
            segments.append(raw == "**" ? .anyFolders : .glob(pieces))
            pieces = []
            literal = ""
            raw = ""
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\\":
                guard index + 1 < scalars.count else {
                    throw AssertionSyntaxError(
                        message: "a '\\' at the end of a selector escapes nothing", line: pattern, offset: index,
                        help: "write '\\\\' for a backslash")
                }
                literal.unicodeScalars.append(scalars[index + 1])
                raw += "\\" + String(scalars[index + 1])
                index += 1
            case "/":
                try finishSegment(at: segmentStart)
                segmentStart = index + 1
            case "*":
                if !literal.isEmpty { pieces.append(.literal(literal)) }
                literal = ""
                if pieces.last != .star { pieces.append(.star) }
                raw += "*"
            default:
                literal.unicodeScalars.append(scalar)
                raw.unicodeScalars.append(scalar)
            }
            index += 1
        }
        try finishSegment(at: segmentStart)
        self.segments = segments
    }

    package var description: String { pattern }

    /// True when the pattern is the item's id, or matches its folder names followed by its name.
    package func matches(itemID: String?, path: [String]) -> Bool {
        if let itemID, itemID == pattern { return true }
        return Self.match(segments[...], path[...])
    }

    private static func match(_ segments: ArraySlice<Segment>, _ names: ArraySlice<String>) -> Bool {
        guard let first = segments.first else { return names.isEmpty }
        switch first {
        case .anyFolders:
            var rest = names
            while true {
                if match(segments.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        case .glob(let pieces):
            guard let name = names.first, glob(pieces[...], Array(name.unicodeScalars)[...]) else { return false }
            return match(segments.dropFirst(), names.dropFirst())
        }
    }

    private static func glob(_ pieces: ArraySlice<Piece>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = pieces.first else { return text.isEmpty }
        switch first {
        case .literal(let literal):
            let scalars = Array(literal.unicodeScalars)
            guard text.count >= scalars.count, text.prefix(scalars.count).elementsEqual(scalars) else { return false }
            return glob(pieces.dropFirst(), text.dropFirst(scalars.count))
        case .star:
            var rest = text
            while true {
                if glob(pieces.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        }
    }
}
