import JSON

/// A recursive-descent parser for RFC 9535 queries that checks well-typedness as it goes.
///
/// It walks the query's Unicode scalars, so error offsets count scalars. Filter syntax lives in
/// `JSONPathParser+Filter.swift`, literals in `JSONPathParser+Literals.swift`.
struct JSONPathParser {
    let source: String
    let scalars: [Unicode.Scalar]
    var position = 0
    /// How many brackets, parentheses and calls enclose the current position.
    var nesting = 0

    /// Deeper nesting is rejected so that a hostile query cannot exhaust the stack.
    static let maximumNesting = 64

    /// The largest magnitude an index, slice bound or step may have: I-JSON's exact integer range.
    static let maximumInteger = 9_007_199_254_740_991

    init(_ source: String) {
        self.source = source
        self.scalars = Array(source.unicodeScalars)
    }

    /// Parses a whole query (`$` followed by segments) and requires the end of the input after it.
    mutating func parseQuery() throws(JSONPathError) -> [Segment] {
        guard peek == "$" else {
            throw failure(scalars.isEmpty ? "the query is empty; it must start with '$'" : "a query must start with '$'")
        }
        position += 1
        let segments = try parseSegments()
        if position < scalars.count {
            if Self.isBlank(scalars[position]) {
                throw failure("whitespace is not allowed at the end of a query")
            }
            throw failure("unexpected '\(Self.display(scalars[position]))' after the query")
        }
        return segments
    }

    /// Parses `*(S segment)`, leaving any trailing whitespace unconsumed.
    mutating func parseSegments() throws(JSONPathError) -> [Segment] {
        var segments: [Segment] = []
        while true {
            let saved = position
            skipBlanks()
            guard let next = peek, next == "[" || next == "." else {
                position = saved
                return segments
            }
            segments.append(try parseSegment())
        }
    }

    private mutating func parseSegment() throws(JSONPathError) -> Segment {
        if peek == "[" {
            return Segment(isDescendant: false, selectors: try parseBracketedSelection())
        }
        // peek is "."
        position += 1
        if peek == "." {
            position += 1
            guard let next = peek else { throw failure("expected a name, '*' or '[' after '..'") }
            if next == "[" {
                return Segment(isDescendant: true, selectors: try parseBracketedSelection())
            }
            if next == "*" {
                position += 1
                return Segment(isDescendant: true, selectors: [.wildcard])
            }
            if Self.isNameFirst(next) {
                return Segment(isDescendant: true, selectors: [.name(parseMemberName())])
            }
            throw failure("expected a name, '*' or '[' after '..'")
        }
        guard let next = peek else { throw failure("expected a name or '*' after '.'") }
        if next == "*" {
            position += 1
            return Segment(isDescendant: false, selectors: [.wildcard])
        }
        if Self.isNameFirst(next) {
            return Segment(isDescendant: false, selectors: [.name(parseMemberName())])
        }
        throw failure("expected a name or '*' after '.'")
    }

    private mutating func parseMemberName() -> String {
        var name = String.UnicodeScalarView()
        while let scalar = peek, Self.isNameFirst(scalar) || ("0"..."9").contains(scalar) {
            name.append(scalar)
            position += 1
        }
        return String(name)
    }

    private mutating func parseBracketedSelection() throws(JSONPathError) -> [Selector] {
        try enterNesting()
        defer { nesting -= 1 }
        position += 1  // "["
        var selectors: [Selector] = []
        while true {
            skipBlanks()
            selectors.append(try parseSelector())
            skipBlanks()
            guard let next = peek else { throw failure("expected ']' to close the selection") }
            if next == "]" {
                position += 1
                return selectors
            }
            guard next == "," else { throw failure("expected ',' or ']' after a selector") }
            position += 1
        }
    }

    private mutating func parseSelector() throws(JSONPathError) -> Selector {
        guard let next = peek else { throw failure("expected a selector") }
        switch next {
        case "'", "\"":
            return .name(try parseStringLiteral())
        case "*":
            position += 1
            return .wildcard
        case "?":
            position += 1
            skipBlanks()
            return .filter(try parseLogicalOr())
        case "-", "0"..."9", ":":
            return try parseIndexOrSlice()
        default:
            throw failure("expected a selector: a quoted name, '*', an index, a slice or a '?' filter")
        }
    }

    private mutating func parseIndexOrSlice() throws(JSONPathError) -> Selector {
        var start: Int?
        if peek != ":" {
            start = try parseInteger()
            skipBlanks()
            guard peek == ":" else { return .index(start ?? 0) }
        }
        position += 1  // ":"
        skipBlanks()
        var end: Int?
        if let next = peek, next == "-" || ("0"..."9").contains(next) {
            end = try parseInteger()
            skipBlanks()
        }
        var step: Int?
        if peek == ":" {
            position += 1
            skipBlanks()
            if let next = peek, next == "-" || ("0"..."9").contains(next) {
                step = try parseInteger()
            }
        }
        return .slice(start: start, end: end, step: step)
    }

    // MARK: - Scanning

    var peek: Unicode.Scalar? {
        position < scalars.count ? scalars[position] : nil
    }

    func peek(at offset: Int) -> Unicode.Scalar? {
        position + offset < scalars.count ? scalars[position + offset] : nil
    }

    mutating func enterNesting() throws(JSONPathError) {
        nesting += 1
        if nesting > Self.maximumNesting {
            nesting -= 1
            throw failure("the query is nested too deeply (more than \(Self.maximumNesting) levels)")
        }
    }

    mutating func skipBlanks() {
        while let scalar = peek, Self.isBlank(scalar) {
            position += 1
        }
    }

    func failure(_ message: String, at offset: Int? = nil) -> JSONPathError {
        JSONPathError(query: source, offset: min(offset ?? position, scalars.count), message: message)
    }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    static func isNameFirst(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_" || scalar.value >= 0x80
    }

    /// A scalar as it can be shown in a message (control characters as `\u{…}`).
    static func display(_ scalar: Unicode.Scalar) -> String {
        scalar.value < 0x20 || scalar.value == 0x7F ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
    }
}
