/// A lenient HTML parser with htmlparser2's rules (what cheerio 0.22 uses): tag and attribute names lowercased,
/// void elements, the end tags that opening `li`, `p`, `td`, `tr`, `option`… imply, raw text in `script` and
/// `style`, named and numeric character references, and unclosed elements closed at the end. It never rejects a
/// document, except one nesting deeper than `maximumDepth`.
struct HTMLMarkupParser {
    static let maximumDepth = 512

    private let units: [UInt16]
    private var position = 0
    private var stack: [MarkupElement] = []
    private var top: [MarkupNode] = []

    private typealias C = MarkupCharacters

    static let voidElements: Set<String> = [
        "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex",
        "keygen", "link", "meta", "param", "source", "track", "wbr",
    ]

    /// For an opening tag, the open elements it closes while they are the innermost one.
    static let impliedEndTags: [String: Set<String>] = {
        let paragraph: Set<String> = ["p"]
        let form: Set<String> = ["input", "option", "optgroup", "select", "button", "datalist", "textarea"]
        var table: [String: Set<String>] = [
            "tr": ["tr", "th", "td"], "th": ["th"], "td": ["thead", "th", "td"], "body": ["head", "link", "script"],
            "li": ["li"], "p": paragraph, "option": ["option"], "optgroup": ["optgroup"],
        ]
        for heading in ["h1", "h2", "h3", "h4", "h5", "h6"] { table[heading] = paragraph }
        for control in ["select", "input", "output", "button", "datalist", "textarea"] { table[control] = form }
        return table
    }()

    init(_ units: [UInt16]) {
        self.units = units
    }

    /// Parses a document or fragment into its top-level nodes.
    static func parse(_ units: [UInt16]) throws(MarkupError) -> [MarkupNode] {
        var parser = HTMLMarkupParser(units)
        try parser.parseDocument()
        return parser.top
    }

    private mutating func append(_ node: MarkupNode) {
        if let parent = stack.last { parent.children.append(node) } else { top.append(node) }
    }

    private mutating func appendText(_ text: [UInt16]) {
        guard !text.isEmpty else { return }
        if let parent = stack.last {
            if case .text(let previous) = parent.children.last {
                parent.children[parent.children.count - 1] = .text(previous + text)
            } else {
                parent.children.append(.text(text))
            }
        } else if case .text(let previous) = top.last {
            top[top.count - 1] = .text(previous + text)
        } else {
            top.append(.text(text))
        }
    }

    private mutating func parseDocument() throws(MarkupError) {
        while position < units.count {
            let unit = units[position]
            guard unit == C.lessThan, position + 1 < units.count else {
                appendText(readText())
                continue
            }
            let next = units[position + 1]
            if C.isLetter(next) {
                try readStartTag()
            } else if next == C.slash, position + 2 < units.count, C.isLetter(units[position + 2]) {
                readEndTag()
            } else if has("<!--") {
                let end = find("-->", from: position + 4) ?? units.count
                append(.comment(Array(units[(position + 4)..<end])))
                position = min(end + 3, units.count)
            } else if next == 0x21 || next == 0x3F {
                // `<!DOCTYPE …>`, `<![CDATA[…]]>` and `<?…?>` are declarations to htmlparser2 outside XML mode.
                let end = find(">", from: position + 2) ?? units.count
                let body = Array(units[(position + 1)..<end])
                var nameEnd = 0
                while nameEnd < body.count, !C.isSpace(body[nameEnd]) { nameEnd += 1 }
                append(.declaration(target: body[..<nameEnd].map(C.lowercased), data: body))
                position = min(end + 1, units.count)
            } else {
                appendText([unit])
                position += 1
            }
        }
    }

    private func has(_ literal: String) -> Bool {
        let literalUnits = Array(literal.utf16)
        guard position + literalUnits.count <= units.count else { return false }
        return units[position..<(position + literalUnits.count)].elementsEqual(literalUnits)
    }

    private func find(_ literal: String, from start: Int, ignoringCase: Bool = false) -> Int? {
        let literalUnits = Array(literal.utf16)
        var index = start
        while index + literalUnits.count <= units.count {
            var matches = true
            for offset in 0..<literalUnits.count {
                let unit = ignoringCase ? C.lowercased(units[index + offset]) : units[index + offset]
                if unit != literalUnits[offset] {
                    matches = false
                    break
                }
            }
            if matches { return index }
            index += 1
        }
        return nil
    }

    private mutating func skipSpaces() {
        while position < units.count, C.isSpace(units[position]) { position += 1 }
    }

    private mutating func readTagName() -> [UInt16] {
        var name: [UInt16] = []
        while position < units.count {
            let unit = units[position]
            if C.isSpace(unit) || unit == C.slash || unit == C.greaterThan { break }
            name.append(C.lowercased(unit))
            position += 1
        }
        return name
    }

    private mutating func readStartTag() throws(MarkupError) {
        let start = position
        position += 1
        let name = readTagName()
        var attributes: [MarkupAttribute] = []
        while position < units.count {
            skipSpaces()
            guard position < units.count else { break }
            let unit = units[position]
            if unit == C.greaterThan {
                position += 1
                break
            }
            if unit == C.slash {
                position += 1
                continue
            }
            var attributeName: [UInt16] = []
            while position < units.count {
                let unit = units[position]
                if C.isSpace(unit) || unit == C.slash || unit == C.greaterThan || unit == C.equals { break }
                attributeName.append(C.lowercased(unit))
                position += 1
            }
            if attributeName.isEmpty {
                attributeName.append(units[position])
                position += 1
            }
            skipSpaces()
            var value: [UInt16] = []
            if position < units.count, units[position] == C.equals {
                position += 1
                skipSpaces()
                if position < units.count, units[position] == C.quote || units[position] == C.apostrophe {
                    let quote = units[position]
                    position += 1
                    let end = units[position...].firstIndex(of: quote) ?? units.count
                    value = Self.decode(units[position..<end])
                    position = min(end + 1, units.count)
                } else {
                    let valueStart = position
                    while position < units.count, !C.isSpace(units[position]), units[position] != C.greaterThan {
                        position += 1
                    }
                    value = Self.decode(units[valueStart..<position])
                }
            }
            if !attributes.contains(where: { $0.name == attributeName }) {
                attributes.append(MarkupAttribute(name: attributeName, value: value))
            }
        }
        let nameText = name.markupString
        if let closes = Self.impliedEndTags[nameText] {
            while let open = stack.last, closes.contains(open.name.markupString) { stack.removeLast() }
        }
        if stack.count >= Self.maximumDepth {
            throw MarkupError("Elements nest deeper than \(Self.maximumDepth) levels", at: start, in: units)
        }
        let element = MarkupElement(name: name, attributes: attributes)
        append(.element(element))
        if Self.voidElements.contains(nameText) { return }
        if nameText == "script" || nameText == "style" {
            let end = find("</" + nameText, from: position, ignoringCase: true) ?? units.count
            if end > position { element.children.append(.text(Array(units[position..<end]))) }
            position = end
            if end < units.count {
                position = units[end...].firstIndex(of: C.greaterThan).map { $0 + 1 } ?? units.count
            }
            return
        }
        stack.append(element)
    }

    private mutating func readEndTag() {
        position += 2
        let name = readTagName()
        position = units[position...].firstIndex(of: C.greaterThan).map { $0 + 1 } ?? units.count
        if let index = stack.lastIndex(where: { $0.name == name }) {
            stack.removeSubrange(index...)
        } else if name == Array(markup: "br") || name == Array(markup: "p") {
            // htmlparser2 reads a stray `</br>` as `<br>` and a stray `</p>` as an empty paragraph.
            append(.element(MarkupElement(name: name, attributes: [])))
        }
    }

    private mutating func readText() -> [UInt16] {
        let start = position
        position += 1
        while position < units.count, units[position] != C.lessThan { position += 1 }
        return Self.decode(units[start..<position])
    }

    /// Decodes character references; an unknown one stays as written.
    static func decode(_ text: ArraySlice<UInt16>) -> [UInt16] {
        guard text.contains(C.ampersand) else { return Array(text) }
        var result: [UInt16] = []
        result.reserveCapacity(text.count)
        var index = text.startIndex
        while index < text.endIndex {
            let unit = text[index]
            guard unit == C.ampersand else {
                result.append(unit)
                index += 1
                continue
            }
            var end = index + 1
            while end < text.endIndex, end - index <= 32,
                C.isLetter(text[end]) || C.isDigit(text[end]) || text[end] == C.hash
            {
                end += 1
            }
            if end < text.endIndex, text[end] == C.semicolon, end > index + 1 {
                let body = text[(index + 1)..<end]
                if let character = C.numericReference(body) ?? HTMLEntities.named[body.markupString] {
                    result.append(contentsOf: character)
                    index = end + 1
                    continue
                }
            }
            result.append(unit)
            index += 1
        }
        return result
    }
}

extension ArraySlice where Element == UInt16 {
    fileprivate var markupString: String { String(decoding: self, as: UTF16.self) }
}
