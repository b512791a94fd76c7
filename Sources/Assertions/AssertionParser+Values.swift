import JSON

extension AssertionParser {
    /// Parses a JSON literal (with `{{…}}` allowed in strings and as a bare value), `2xx` or `/regex/`.
    mutating func parseValue(depth: Int = 0) throws(AssertionSyntaxError) -> AssertionValue {
        guard depth < 64 else { throw failure("value nested too deeply") }
        let start = position
        guard let next = peek else { throw failure("expected a value") }
        switch next {
        case "\"":
            let text = try parseQuotedString()
            return text.contains("{{") ? .template(text) : .literal(.string(text))
        case "{" where position + 1 < scalars.count && scalars[position + 1] == "{":
            return try parseBareTemplate()
        case "{":
            return try parseObject(depth: depth)
        case "[":
            return try parseArray(depth: depth)
        case "/":
            return try parseRegexLiteral()
        case "-", "0"..."9":
            if position + 2 < scalars.count, ("1"..."5").contains(next),
                scalars[position + 1] == "x" || scalars[position + 1] == "X",
                scalars[position + 2] == "x" || scalars[position + 2] == "X"
            {
                position += 3
                return .statusClass(Int(next.value - 48))
            }
            return .literal(.number(try parseNumber()))
        default:
            let word = readWord()
            switch word {
            case "true": return .literal(.bool(true))
            case "false": return .literal(.bool(false))
            case "null": return .literal(.null)
            case "":
                throw failure("expected a value: a JSON literal, a {{variable}} or a /regex/")
            default:
                throw failure(
                    "expected a value, found '\(word)'", at: start, length: word.unicodeScalars.count,
                    help: "strings need double quotes: \"\(word)\"")
            }
        }
    }

    private mutating func parseBareTemplate() throws(AssertionSyntaxError) -> AssertionValue {
        let start = position
        position += 2
        while position + 1 < scalars.count, !(scalars[position] == "}" && scalars[position + 1] == "}") {
            position += 1
        }
        guard position + 1 < scalars.count else {
            throw failure("unterminated '{{': expected '}}'", at: start, length: 2)
        }
        position += 2
        return .bareTemplate(String(String.UnicodeScalarView(scalars[start..<position])))
    }

    private mutating func parseArray(depth: Int) throws(AssertionSyntaxError) -> AssertionValue {
        position += 1  // "["
        var elements: [AssertionValue] = []
        skipSpaces()
        if peek == "]" {
            position += 1
            return .array([])
        }
        while true {
            skipSpaces()
            elements.append(try parseValue(depth: depth + 1))
            skipSpaces()
            guard let next = peek else { throw failure("expected ']' to close the array") }
            position += 1
            if next == "]" { break }
            guard next == "," else { throw failure("expected ',' or ']' in the array", at: position - 1) }
        }
        if elements.allSatisfy({ if case .literal = $0 { true } else { false } }) {
            return .literal(.array(elements.compactMap { if case .literal(let value) = $0 { value } else { nil } }))
        }
        return .array(elements)
    }

    private mutating func parseObject(depth: Int) throws(AssertionSyntaxError) -> AssertionValue {
        position += 1  // "{"
        var members: [AssertionMember] = []
        skipSpaces()
        if peek == "}" {
            position += 1
            return .literal(.object(JSONObject()))
        }
        while true {
            skipSpaces()
            guard peek == "\"" else { throw failure("expected a quoted key in the object") }
            let key = try parseQuotedString()
            skipSpaces()
            guard peek == ":" else { throw failure("expected ':' after the key") }
            position += 1
            skipSpaces()
            members.append(AssertionMember(key: key, value: try parseValue(depth: depth + 1)))
            skipSpaces()
            guard let next = peek else { throw failure("expected '}' to close the object") }
            position += 1
            if next == "}" { break }
            guard next == "," else { throw failure("expected ',' or '}' in the object", at: position - 1) }
        }
        var literal = JSONObject()
        for member in members {
            guard case .literal(let value) = member.value else { return .object(members) }
            literal[member.key] = value
        }
        return .literal(.object(literal))
    }

    private mutating func parseRegexLiteral() throws(AssertionSyntaxError) -> AssertionValue {
        let start = position
        position += 1  // "/"
        var pattern = String.UnicodeScalarView()
        while let scalar = peek, scalar != "/" {
            if scalar == "\\", position + 1 < scalars.count, scalars[position + 1] == "/" {
                pattern.append("/")
                position += 2
                continue
            }
            pattern.append(scalar)
            position += 1
        }
        guard peek == "/" else { throw failure("unterminated /regex/: expected a closing '/'", at: start) }
        position += 1
        return .regex(String(pattern))
    }

    /// Parses a double-quoted JSON string (RFC 8259 escapes; a lone surrogate escape becomes U+FFFD).
    mutating func parseQuotedString() throws(AssertionSyntaxError) -> String {
        let start = position
        position += 1  // "\""
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = peek else { throw failure("unterminated string", at: start) }
            position += 1
            if scalar == "\"" { return String(result) }
            guard scalar == "\\" else {
                result.append(scalar)
                continue
            }
            guard let escaped = peek else { throw failure("unterminated string", at: start) }
            position += 1
            switch escaped {
            case "\"": result.append("\"")
            case "\\": result.append("\\")
            case "/": result.append("/")
            case "b": result.append("\u{08}")
            case "f": result.append("\u{0C}")
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "t": result.append("\t")
            case "u":
                guard var code = readHex4() else { throw failure("expected four hex digits after '\\u'", at: position - 2) }
                if (0xD800...0xDBFF).contains(code), peek == "\\", position + 1 < scalars.count,
                    scalars[position + 1] == "u"
                {
                    let saved = position
                    position += 2
                    if let low = readHex4(), (0xDC00...0xDFFF).contains(low) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        position = saved
                    }
                }
                result.append(Unicode.Scalar(code) ?? "\u{FFFD}")
            default:
                throw failure("invalid escape '\\\(escaped)' in a string", at: position - 2, length: 2)
            }
        }
    }

    private mutating func readHex4() -> UInt32? {
        guard position + 4 <= scalars.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            guard let digit = Self.hexValue(scalars[position + offset]) else { return nil }
            value = value << 4 | digit
        }
        position += 4
        return value
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 48
        case "a"..."f": scalar.value - 87
        case "A"..."F": scalar.value - 55
        default: nil
        }
    }

    /// Parses a JSON number.
    private mutating func parseNumber() throws(AssertionSyntaxError) -> Double {
        let start = position
        var text = ""
        func digits(_ parser: inout AssertionParser, into text: inout String) -> Bool {
            var any = false
            while let digit = parser.peek, ("0"..."9").contains(digit) {
                text.unicodeScalars.append(digit)
                parser.position += 1
                any = true
            }
            return any
        }
        if peek == "-" {
            text = "-"
            position += 1
        }
        if peek == "0", position + 1 < scalars.count, ("0"..."9").contains(scalars[position + 1]) {
            throw failure("a number must not have a leading zero", at: start)
        }
        guard digits(&self, into: &text) else { throw failure("expected digits", at: position) }
        if peek == "." {
            text += "."
            position += 1
            guard digits(&self, into: &text) else { throw failure("expected digits after the decimal point") }
        }
        if peek == "e" || peek == "E" {
            text += "e"
            position += 1
            if let sign = peek, sign == "+" || sign == "-" {
                text.unicodeScalars.append(sign)
                position += 1
            }
            guard digits(&self, into: &text) else { throw failure("expected digits in the exponent") }
        }
        guard let value = Double(text), value.isFinite else {
            throw failure("number out of range", at: start, length: position - start)
        }
        return value
    }
}
