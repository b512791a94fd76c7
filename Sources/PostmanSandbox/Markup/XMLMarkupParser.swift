/// A strict, non-validating XML 1.0 parser for untrusted responses.
///
/// It reads elements, attributes (prefixes kept in names), text, CDATA, comments, processing instructions, the
/// XML declaration, numeric character references, the five predefined entities and, as sax does for xml2js, HTML's
/// fixed named ones (`&nbsp;`). It refuses, with a `MarkupError` that says what and where: any DOCTYPE (so no
/// internal subset, custom or external entities, and no billion-laughs expansion), references to unknown
/// entities, nesting deeper than `maximumDepth`, and malformed markup. Whitespace and line ends are kept as
/// written. Like xml2js, it stops at the end of the root element and ignores what follows.
struct XMLMarkupParser {
    static let maximumDepth = 512

    private let units: [UInt16]
    private var position = 0

    init(_ units: [UInt16]) {
        self.units = units
    }

    /// Parses a document and returns its top-level nodes: comments and processing instructions, then the root
    /// element. The XML declaration is checked and dropped.
    static func parse(_ units: [UInt16]) throws(MarkupError) -> [MarkupNode] {
        var parser = XMLMarkupParser(units)
        return try parser.parseDocument()
    }

    private typealias C = MarkupCharacters

    private mutating func parseDocument() throws(MarkupError) -> [MarkupNode] {
        var top: [MarkupNode] = []
        var stack: [(element: MarkupElement, offset: Int)] = []
        var sawRoot = false
        if units.first == 0xFEFF { position = 1 }

        func append(_ node: MarkupNode) {
            if let parent = stack.last?.element { parent.children.append(node) } else { top.append(node) }
        }

        while position < units.count {
            let start = position
            guard units[position] == C.lessThan else {
                let text = try readText()
                if stack.isEmpty {
                    if !text.allSatisfy(C.isSpace) { throw error("Text before the root element", at: start) }
                } else {
                    append(.text(text))
                }
                continue
            }
            if has("<?") {
                position += 2
                let target = try readName("processing instruction target")
                let dataStart = position
                guard let end = find("?>") else { throw error("Unclosed processing instruction", at: start) }
                position = end + 2
                if target.markupString.lowercased() == "xml" {
                    if sawRoot { throw error("An XML declaration inside the document", at: start) }
                    continue
                }
                var data = units[dataStart..<end]
                while let first = data.first, C.isSpace(first) { data = data.dropFirst() }
                append(.declaration(target: target, data: Array(data)))
            } else if has("<!--") {
                guard let end = find("-->", from: position + 4) else { throw error("Unclosed comment", at: start) }
                append(.comment(Array(units[(position + 4)..<end])))
                position = end + 3
            } else if has("<![CDATA[") {
                if stack.isEmpty { throw error("CDATA section outside the root element", at: start) }
                guard let end = find("]]>", from: position + 9) else { throw error("Unclosed CDATA section", at: start) }
                append(.cdata(Array(units[(position + 9)..<end])))
                position = end + 3
            } else if has("<!DOCTYPE") || has("<!doctype") {
                throw error(
                    "DOCTYPE is not allowed: document type definitions and custom entities are refused", at: start)
            } else if has("<!") {
                throw error("Unexpected markup declaration", at: start)
            } else if has("</") {
                position += 2
                let name = try readName("element name")
                skipSpaces()
                guard position < units.count, units[position] == C.greaterThan else {
                    throw error("Expected > to end the close tag </\(name.markupString)>", at: position)
                }
                position += 1
                guard let open = stack.last else {
                    throw error("Unexpected close tag </\(name.markupString)>", at: start)
                }
                guard open.element.name == name else {
                    throw error(
                        "Mismatched close tag: expected </\(open.element.name.markupString)> but found </\(name.markupString)>",
                        at: start)
                }
                stack.removeLast()
                if stack.isEmpty { return top }
            } else {
                position += 1
                let name = try readName("element name")
                if stack.count >= Self.maximumDepth {
                    throw error("Elements nest deeper than \(Self.maximumDepth) levels", at: start)
                }
                let (attributes, selfClosing) = try readAttributes()
                let element = MarkupElement(name: name, attributes: attributes)
                append(.element(element))
                sawRoot = true
                if selfClosing {
                    if stack.isEmpty { return top }
                } else {
                    stack.append((element, start))
                }
            }
        }
        if let open = stack.last {
            throw error(
                "Unclosed element <\(open.element.name.markupString)> at the end of the document", at: open.offset)
        }
        if !sawRoot { throw error("The document has no root element", at: position) }
        return top
    }

    private func error(_ message: String, at offset: Int) -> MarkupError {
        MarkupError(message, at: offset, in: units)
    }

    private func has(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= units.count else { return false }
        let bytes = literal.utf8Start
        for index in 0..<count where units[position + index] != UInt16(bytes[index]) { return false }
        return true
    }

    private func find(_ literal: StaticString, from start: Int? = nil) -> Int? {
        let count = literal.utf8CodeUnitCount
        let bytes = literal.utf8Start
        var index = start ?? position
        let first = UInt16(bytes[0])
        while index + count <= units.count {
            if units[index] == first {
                var matches = true
                for offset in 1..<count where units[index + offset] != UInt16(bytes[offset]) {
                    matches = false
                    break
                }
                if matches { return index }
            }
            index += 1
        }
        return nil
    }

    private mutating func skipSpaces() {
        while position < units.count, C.isSpace(units[position]) { position += 1 }
    }

    private mutating func readName(_ what: String) throws(MarkupError) -> [UInt16] {
        let start = position
        guard position < units.count, C.isNameStart(units[position]) else { throw error("Invalid \(what)", at: start) }
        position += 1
        while position < units.count, C.isNameCharacter(units[position]) { position += 1 }
        return Array(units[start..<position])
    }

    /// Reads attributes up to `>` or `/>`.
    private mutating func readAttributes() throws(MarkupError) -> ([MarkupAttribute], Bool) {
        var attributes: [MarkupAttribute] = []
        while true {
            let hadSpace = position < units.count && C.isSpace(units[position])
            skipSpaces()
            guard position < units.count else { throw error("Unclosed start tag", at: position) }
            switch units[position] {
            case C.greaterThan:
                position += 1
                return (attributes, false)
            case C.slash:
                guard position + 1 < units.count, units[position + 1] == C.greaterThan else {
                    throw error("Expected > after / in a start tag", at: position)
                }
                position += 2
                return (attributes, true)
            default:
                if !hadSpace { throw error("Expected whitespace before an attribute", at: position) }
                let nameStart = position
                let name = try readName("attribute name")
                skipSpaces()
                guard position < units.count, units[position] == C.equals else {
                    throw error("Attribute \(name.markupString) has no value", at: position)
                }
                position += 1
                skipSpaces()
                guard position < units.count, units[position] == C.quote || units[position] == C.apostrophe else {
                    throw error("Attribute \(name.markupString)'s value is not quoted", at: position)
                }
                let quote = units[position]
                position += 1
                var value: [UInt16] = []
                while true {
                    guard position < units.count else { throw error("Unclosed attribute value", at: nameStart) }
                    let unit = units[position]
                    if unit == quote { break }
                    if unit == C.lessThan { throw error("Unescaped < in an attribute value", at: position) }
                    if unit == C.ampersand {
                        value.append(contentsOf: try readReference())
                    } else {
                        value.append(unit)
                        position += 1
                    }
                }
                position += 1
                // A repeated attribute is malformed XML; sax keeps the first value, and so does xml2js.
                if !attributes.contains(where: { $0.name == name }) {
                    attributes.append(MarkupAttribute(name: name, value: value))
                }
            }
        }
    }

    /// Reads character data up to the next `<`, decoding references.
    private mutating func readText() throws(MarkupError) -> [UInt16] {
        var text: [UInt16] = []
        while position < units.count {
            let unit = units[position]
            if unit == C.lessThan { break }
            if unit == C.ampersand {
                text.append(contentsOf: try readReference())
            } else {
                text.append(unit)
                position += 1
            }
        }
        return text
    }

    /// Reads `&…;` at `position`: one of the five predefined entities or a character reference.
    private mutating func readReference() throws(MarkupError) -> [UInt16] {
        let start = position
        var end = position + 1
        while end < units.count, end - start <= 12, units[end] != C.semicolon,
            C.isNameCharacter(units[end]) || units[end] == C.hash
        {
            end += 1
        }
        guard end < units.count, units[end] == C.semicolon, end > start + 1 else {
            throw error("Unescaped & or unterminated entity reference", at: start)
        }
        let body = units[(start + 1)..<end]
        position = end + 1
        switch body.markupString {
        case "amp": return [C.ampersand]
        case "lt": return [C.lessThan]
        case "gt": return [C.greaterThan]
        case "quot": return [C.quote]
        case "apos": return [C.apostrophe]
        case let name where HTMLEntities.named[name] != nil: return HTMLEntities.named[name] ?? []
        default:
            if body.first == C.hash {
                guard let character = C.numericReference(body) else {
                    throw error("Invalid character reference &\(body.markupString);", at: start)
                }
                return character
            }
            throw error(
                "Undefined entity &\(body.markupString); (custom entities are not supported)",
                at: start)
        }
    }
}

extension ArraySlice where Element == UInt16 {
    fileprivate var markupString: String { String(decoding: self, as: UTF16.self) }
}
