/// Turns UTF-16 source into tokens, deciding regex-vs-division from the previous token and tracking
/// template substitutions with a brace stack.
package struct Lexer {
    package static let keywords: Set<String> = [
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else",
        "export", "extends", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "return",
        "super", "switch", "this", "throw", "try", "typeof", "var", "void", "while", "with", "null", "true",
        "false", "enum",
    ]

    private static let punctuators: [String] = [
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
        "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=",
        "|=", "^=", "<<", ">>", "**",
        "{", "}", "(", ")", "[", "]", ";", ",", "<", ">", "+", "-", "*", "/", "%", "&", "|", "^", "!", "~",
        "?", ":", "=", ".",
    ]
    private static let punctuatorUnits: [[UInt16]] = punctuators.map { Array($0.utf16) }
    /// For each ASCII first character, the punctuators starting with it, longest first (the order above).
    private static let punctuatorsByFirstUnit: [[Int]] = {
        var table = [[Int]](repeating: [], count: 128)
        for (index, units) in punctuatorUnits.enumerated() { table[Int(units[0])].append(index) }
        return table
    }()

    let src: [UInt16]
    var pos = 0
    var line = 1
    var lineStart = 0
    var braceStack: [Bool] = []  // true = a template substitution
    var newlineBefore = false
    var tokens: [Token] = []

    /// `firstLine` numbers the source's first line, for text cut from a larger file.
    package init(_ source: [UInt16], firstLine: Int = 1) {
        self.src = source
        self.line = firstLine
    }

    package static func tokenize(_ source: [UInt16], firstLine: Int = 1) throws(SyntaxError) -> [Token] {
        var lexer = Lexer(source, firstLine: firstLine)
        try lexer.run()
        return lexer.tokens
    }

    var location: SourceLocation { SourceLocation(line: line, column: pos - lineStart + 1) }

    func peek(_ offset: Int = 0) -> UInt16 {
        let i = pos + offset
        return i < src.count ? src[i] : 0
    }

    var atEnd: Bool { pos >= src.count }

    func error(_ message: String = "Invalid or unexpected token") -> SyntaxError {
        SyntaxError(message, at: location)
    }

    static func isLineTerminator(_ c: UInt16) -> Bool { c == 10 || c == 13 || c == 0x2028 || c == 0x2029 }

    static func isWhitespace(_ c: UInt16) -> Bool {
        switch c {
        case 9, 11, 12, 32, 0xA0, 0xFEFF, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    static func isIdentStart(_ c: UInt16) -> Bool {
        (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c == 36 || c == 95
            || (c >= 0x80 && !isWhitespace(c) && !isLineTerminator(c))
    }

    static func isIdentPart(_ c: UInt16) -> Bool {
        isIdentStart(c) || (c >= 48 && c <= 57) || c == 0x200C || c == 0x200D
    }

    mutating func newline(_ c: UInt16) {
        pos += 1
        if c == 13 && peek() == 10 { pos += 1 }
        line += 1
        lineStart = pos
        newlineBefore = true
    }

    mutating func skipTrivia() throws(SyntaxError) {
        while !atEnd {
            let c = src[pos]
            if Lexer.isLineTerminator(c) {
                newline(c)
            } else if Lexer.isWhitespace(c) {
                pos += 1
            } else if c == 47 && peek(1) == 47 {
                while !atEnd && !Lexer.isLineTerminator(src[pos]) { pos += 1 }
            } else if c == 47 && peek(1) == 42 {
                let startLoc = location
                pos += 2
                var closed = false
                while !atEnd {
                    let d = src[pos]
                    if d == 42 && peek(1) == 47 {
                        pos += 2
                        closed = true
                        break
                    }
                    if Lexer.isLineTerminator(d) { newline(d) } else { pos += 1 }
                }
                if !closed { throw SyntaxError("Invalid or unexpected token", at: startLoc) }
            } else if c == 35 && peek(1) == 33 && pos == 0 {
                while !atEnd && !Lexer.isLineTerminator(src[pos]) { pos += 1 }
            } else {
                return
            }
        }
    }

    var regexAllowed: Bool {
        guard let last = tokens.last else { return true }
        switch last.kind {
        case .number, .string, .regex, .identifier, .privateName: return false
        case .template: return !last.templateTail ? true : false
        case .keyword: return !["this", "super", "null", "true", "false"].contains(last.text)
        case .punctuator: return !(last.text == ")" || last.text == "]" || last.text == "}")
        case .eof: return true
        }
    }

    mutating func run() throws(SyntaxError) {
        while true {
            newlineBefore = false
            try skipTrivia()
            let loc = location
            let start = pos
            if atEnd {
                tokens.append(Token(kind: .eof, text: "", newlineBefore: newlineBefore, location: loc, start: pos, end: pos))
                return
            }
            let c = src[pos]
            var token: Token
            if Lexer.isIdentStart(c) || c == 92 {
                let (name, escaped) = try scanIdentifierName()
                let isKeyword = !escaped && Lexer.keywords.contains(name)
                token = Token(kind: isKeyword ? .keyword : .identifier, text: name, newlineBefore: false, location: loc, start: start, end: pos)
                token.hasEscape = escaped
            } else if (c >= 48 && c <= 57) || (c == 46 && peek(1) >= 48 && peek(1) <= 57) {
                token = try scanNumber(loc)
            } else if c == 34 || c == 39 {
                token = try scanString(quote: c, loc)
            } else if c == 96 {
                pos += 1
                token = try scanTemplateChunk(loc)
                token.templateHead = true
            } else if c == 35 && pos + 1 < src.count && (Lexer.isIdentStart(src[pos + 1]) || src[pos + 1] == 92) {
                pos += 1
                let (name, _) = try scanIdentifierName()
                token = Token(kind: .privateName, text: name, newlineBefore: false, location: loc, start: start, end: pos)
            } else if c == 47 && regexAllowed {
                token = try scanRegex(loc)
            } else if c == 125, let top = braceStack.last, top {
                braceStack.removeLast()
                pos += 1
                token = try scanTemplateChunk(loc)
            } else {
                guard let p = matchPunctuator() else { throw error() }
                pos += p.utf16.count
                if p == "{" { braceStack.append(false) }
                if p == "}", !braceStack.isEmpty { braceStack.removeLast() }
                token = Token(kind: .punctuator, text: p, newlineBefore: false, location: loc, start: start, end: pos)
            }
            token.newlineBefore = newlineBefore
            token.end = pos
            tokens.append(token)
        }
    }

    func matchPunctuator() -> String? {
        guard pos < src.count, src[pos] < 128 else { return nil }
        for i in Lexer.punctuatorsByFirstUnit[Int(src[pos])] {
            let units = Lexer.punctuatorUnits[i]
            if pos + units.count <= src.count {
                var ok = true
                for j in 0..<units.count where src[pos + j] != units[j] {
                    ok = false
                    break
                }
                if ok {
                    // `?.` followed by a digit is a conditional, not optional chaining.
                    if Lexer.punctuators[i] == "?.", pos + 2 < src.count, src[pos + 2] >= 48, src[pos + 2] <= 57 {
                        continue
                    }
                    return Lexer.punctuators[i]
                }
            }
        }
        return nil
    }

    mutating func scanIdentifierName() throws(SyntaxError) -> (String, Bool) {
        var units: [UInt16] = []
        var escaped = false
        while !atEnd {
            let c = src[pos]
            if c == 92 {
                guard peek(1) == 117 else { throw error() }
                pos += 2
                let v = try scanUnicodeEscapeBody()
                escaped = true
                appendCodePoint(v, to: &units)
            } else if Lexer.isIdentPart(c) {
                units.append(c)
                pos += 1
            } else {
                break
            }
        }
        return (String(decodingCodeUnits: units[...]), escaped)
    }

    /// After `\u`: either `XXXX` or `{X…}`.
    mutating func scanUnicodeEscapeBody() throws(SyntaxError) -> UInt32 {
        if peek() == 123 {
            pos += 1
            var v: UInt32 = 0
            var digits = 0
            while let d = Lexer.hexValue(peek()) {
                v = v * 16 + UInt32(d)
                if v > 0x10FFFF { throw error("Undefined Unicode code-point") }
                pos += 1
                digits += 1
            }
            guard digits > 0, peek() == 125 else { throw error("Invalid Unicode escape sequence") }
            pos += 1
            return v
        }
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let d = Lexer.hexValue(peek()) else { throw error("Invalid Unicode escape sequence") }
            v = v * 16 + UInt32(d)
            pos += 1
        }
        return v
    }

    func appendCodePoint(_ v: UInt32, to units: inout [UInt16]) {
        if v >= 0x10000 {
            let u = v - 0x10000
            units.append(UInt16(0xD800 + (u >> 10)))
            units.append(UInt16(0xDC00 + (u & 0x3FF)))
        } else {
            units.append(UInt16(v))
        }
    }

    static func hexValue(_ c: UInt16) -> Int? {
        switch c {
        case 48...57: Int(c - 48)
        case 97...102: Int(c - 87)
        case 65...70: Int(c - 55)
        default: nil
        }
    }
}
