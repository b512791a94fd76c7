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

    let src: [UInt16]
    var pos = 0
    var line = 1
    var lineStart = 0
    var braceStack: [Bool] = []  // true = a template substitution
    var newlineBefore = false
    var tokens: [Token] = []

    package init(_ source: [UInt16]) {
        self.src = source
    }

    package static func tokenize(_ source: [UInt16]) throws(SyntaxError) -> [Token] {
        var lexer = Lexer(source)
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
        for (i, units) in Lexer.punctuatorUnits.enumerated() {
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
        return (String(decoding: units, as: UTF16.self), escaped)
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

    mutating func scanDigits(radix: Int, into text: inout String) throws(SyntaxError) {
        var lastWasSeparator = true
        var any = false
        while !atEnd {
            let c = src[pos]
            if c == 95 {
                if lastWasSeparator { throw error("Numeric separators are not allowed here") }
                lastWasSeparator = true
                pos += 1
                continue
            }
            guard let d = Lexer.hexValue(c), d < radix else { break }
            text.append(Character(Unicode.Scalar(UInt8(c))))
            lastWasSeparator = false
            any = true
            pos += 1
        }
        if any && lastWasSeparator { throw error("Numeric separators are not allowed at the end of numeric literals") }
    }

    mutating func scanNumber(_ loc: SourceLocation) throws(SyntaxError) -> Token {
        do {
            return try scanNumberBody(loc)
        } catch {
            throw SyntaxError(error.message, at: loc)
        }
    }

    mutating func scanNumberBody(_ loc: SourceLocation) throws(SyntaxError) -> Token {
        let start = pos
        var value: Double = 0
        var legacyOctal = false
        let c = src[pos]
        let next = peek(1) | 0x20
        if c == 48 && (next == 120 || next == 111 || next == 98) {
            let radix = next == 120 ? 16 : next == 111 ? 8 : 2
            pos += 2
            var digits = ""
            try scanDigits(radix: radix, into: &digits)
            if digits.isEmpty { throw error() }
            for ch in digits.utf8 { value = value * Double(radix) + Double(Lexer.hexValue(UInt16(ch)) ?? 0) }
        } else if c == 48 && peek(1) >= 48 && peek(1) <= 57 {
            // Legacy octal (or decimal with a leading zero when it contains 8 or 9).
            pos += 1
            var digits = ""
            while !atEnd && src[pos] >= 48 && src[pos] <= 57 {
                digits.append(Character(Unicode.Scalar(UInt8(src[pos]))))
                pos += 1
            }
            legacyOctal = true
            if digits.contains(where: { $0 == "8" || $0 == "9" }) {
                value = Double(digits) ?? 0
            } else {
                for ch in digits.utf8 { value = value * 8 + Double(ch - 48) }
            }
        } else {
            var text = ""
            try scanDigits(radix: 10, into: &text)
            if peek() == 46 {
                pos += 1
                text.append(".")
                try scanDigits(radix: 10, into: &text)
            }
            if peek() | 0x20 == 101 {
                let save = pos
                pos += 1
                var exp = "e"
                if peek() == 43 || peek() == 45 {
                    exp.append(Character(Unicode.Scalar(UInt8(peek()))))
                    pos += 1
                }
                var digits = ""
                try scanDigits(radix: 10, into: &digits)
                if digits.isEmpty {
                    pos = save
                    throw error()
                }
                text += exp + digits
            }
            if text.hasPrefix(".") { text = "0" + text }
            if text.hasSuffix(".") { text += "0" }
            value = Double(text) ?? .nan
        }
        if peek() == 110 { throw error("BigInt literals are not supported") }
        if !atEnd && (Lexer.isIdentStart(src[pos]) || (src[pos] >= 48 && src[pos] <= 57)) {
            throw error()
        }
        var token = Token(kind: .number, text: String(decoding: src[start..<pos], as: UTF16.self), newlineBefore: false, location: loc, start: start, end: pos)
        token.number = value
        token.isLegacyOctal = legacyOctal
        return token
    }

    /// Scans one escape after the backslash; returns false for line continuations. Appends to `units`.
    mutating func scanEscape(into units: inout [UInt16], legacyOctal: inout Bool, template: Bool) throws(SyntaxError) -> Bool {
        let c = peek()
        pos += 1
        switch c {
        case 110: units.append(10)
        case 116: units.append(9)
        case 114: units.append(13)
        case 98: units.append(8)
        case 102: units.append(12)
        case 118: units.append(11)
        case 120:
            guard let h = Lexer.hexValue(peek()), let l = Lexer.hexValue(peek(1)) else {
                throw error("Invalid hexadecimal escape sequence")
            }
            pos += 2
            units.append(UInt16(h * 16 + l))
        case 117:
            appendCodePoint(try scanUnicodeEscapeBody(), to: &units)
        case 13:
            if peek() == 10 { pos += 1 }
            line += 1
            lineStart = pos
            return false
        case 10, 0x2028, 0x2029:
            line += 1
            lineStart = pos
            return false
        case 48...55:
            if c == 48 && !(peek() >= 48 && peek() <= 57) {
                units.append(0)
            } else {
                if template { throw error("Octal escape sequences are not allowed in template strings") }
                legacyOctal = true
                var v = Int(c - 48)
                if peek() >= 48 && peek() <= 55 {
                    v = v * 8 + Int(peek() - 48)
                    pos += 1
                    if c <= 51 && peek() >= 48 && peek() <= 55 {
                        v = v * 8 + Int(peek() - 48)
                        pos += 1
                    }
                }
                units.append(UInt16(v))
            }
        case 56, 57:
            if template { throw error("\\8 and \\9 are not allowed in template strings") }
            legacyOctal = true
            units.append(c)
        default:
            if atEnd && c == 0 { throw error() }
            units.append(c)
        }
        return true
    }

    mutating func scanString(quote: UInt16, _ loc: SourceLocation) throws(SyntaxError) -> Token {
        let start = pos
        pos += 1
        var units: [UInt16] = []
        var legacyOctal = false
        var escaped = false
        while true {
            guard !atEnd else { throw SyntaxError("Invalid or unexpected token", at: loc) }
            let c = src[pos]
            if c == quote {
                pos += 1
                break
            }
            if c == 10 || c == 13 { throw SyntaxError("Invalid or unexpected token", at: loc) }
            if c == 92 {
                pos += 1
                escaped = true
                _ = try scanEscape(into: &units, legacyOctal: &legacyOctal, template: false)
            } else {
                units.append(c)
                pos += 1
            }
        }
        var token = Token(kind: .string, text: String(decoding: src[start..<pos], as: UTF16.self), newlineBefore: false, location: loc, start: start, end: pos)
        token.units = units
        token.isLegacyOctal = legacyOctal
        token.hasEscape = escaped
        return token
    }

    /// Scans from just after a backtick or a substitution's closing brace to the next `${` or backtick.
    mutating func scanTemplateChunk(_ loc: SourceLocation) throws(SyntaxError) -> Token {
        let start = pos
        var cooked: [UInt16]? = []
        var raw: [UInt16] = []
        var tail = false
        while true {
            guard !atEnd else { throw SyntaxError("Unexpected end of input", at: location) }
            let c = src[pos]
            if c == 96 {
                pos += 1
                tail = true
                break
            }
            if c == 36 && peek(1) == 123 {
                pos += 2
                braceStack.append(true)
                break
            }
            if c == 92 {
                let escStart = pos
                pos += 1
                var buf: [UInt16] = []
                var octal = false
                do {
                    _ = try scanEscape(into: &buf, legacyOctal: &octal, template: true)
                    cooked?.append(contentsOf: buf)
                } catch {
                    // Invalid escapes are allowed in tagged templates (cooked becomes undefined).
                    cooked = nil
                    pos = max(pos, escStart + 2)
                }
                for u in src[escStart..<pos] where u != 13 { raw.append(u) }
                continue
            }
            if c == 13 {
                pos += 1
                if peek() == 10 { pos += 1 }
                line += 1
                lineStart = pos
                cooked?.append(10)
                raw.append(10)
                continue
            }
            if Lexer.isLineTerminator(c) {
                pos += 1
                line += 1
                lineStart = pos
            } else {
                pos += 1
            }
            cooked?.append(c)
            raw.append(c)
        }
        var token = Token(kind: .template, text: "", newlineBefore: false, location: loc, start: start, end: pos)
        token.units = cooked
        token.raw = raw
        token.templateTail = tail
        return token
    }

    mutating func scanRegex(_ loc: SourceLocation) throws(SyntaxError) -> Token {
        let start = pos
        pos += 1
        var inClass = false
        var body: [UInt16] = []
        while true {
            guard !atEnd, !Lexer.isLineTerminator(src[pos]) else {
                throw SyntaxError("Invalid regular expression: missing /", at: loc)
            }
            let c = src[pos]
            if c == 92 {
                body.append(c)
                pos += 1
                guard !atEnd, !Lexer.isLineTerminator(src[pos]) else {
                    throw SyntaxError("Invalid regular expression: missing /", at: loc)
                }
                body.append(src[pos])
                pos += 1
                continue
            }
            if c == 91 { inClass = true } else if c == 93 { inClass = false } else if c == 47 && !inClass {
                pos += 1
                break
            }
            body.append(c)
            pos += 1
        }
        var flags: [UInt16] = []
        while !atEnd && Lexer.isIdentPart(src[pos]) {
            flags.append(src[pos])
            pos += 1
        }
        let flagText = String(decoding: flags, as: UTF16.self)
        var seen = Set<Character>()
        for f in flagText {
            if !"dgimsuyv".contains(f) || seen.contains(f) {
                throw SyntaxError("Invalid regular expression flags", at: loc)
            }
            seen.insert(f)
        }
        var token = Token(kind: .regex, text: flagText, newlineBefore: false, location: loc, start: start, end: pos)
        token.units = body
        return token
    }
}
