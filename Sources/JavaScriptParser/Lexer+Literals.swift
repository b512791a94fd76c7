extension Lexer {
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
        var token = Token(kind: .number, text: String(decodingCodeUnits: src[start..<pos]), newlineBefore: false, location: loc, start: start, end: pos)
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
        var token = Token(kind: .string, text: String(decodingCodeUnits: src[start..<pos]), newlineBefore: false, location: loc, start: start, end: pos)
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
