import JSON

extension JSONPathParser {
    /// Parses an RFC 9535 `int`: `0`, or an optional `-` and digits without a leading zero, within ±(2^53−1).
    mutating func parseInteger() throws(JSONPathError) -> Int {
        let start = position
        var negative = false
        if peek == "-" {
            negative = true
            position += 1
        }
        guard let first = peek, ("0"..."9").contains(first) else {
            throw failure("expected digits", at: position)
        }
        if first == "0" {
            if negative { throw failure("'-0' is not a valid integer here", at: start) }
            if let after = peek(at: 1), ("0"..."9").contains(after) {
                throw failure("an integer must not have a leading zero", at: start)
            }
        }
        var magnitude = 0
        while let digit = peek, ("0"..."9").contains(digit) {
            if magnitude <= Self.maximumInteger {
                magnitude = magnitude * 10 + Int(digit.value - 48)
            }
            position += 1
        }
        guard magnitude <= Self.maximumInteger else {
            throw failure("integer out of range: it must be within ±9007199254740991", at: start)
        }
        return negative ? -magnitude : magnitude
    }

    /// Parses an RFC 9535 number literal: `(int / "-0") [frac] [exp]`.
    mutating func parseNumber() throws(JSONPathError) -> Double {
        let start = position
        var text = ""
        if peek == "-" {
            text.append("-")
            position += 1
        }
        guard let first = peek, ("0"..."9").contains(first) else {
            throw failure("expected digits in a number", at: position)
        }
        if first == "0", let after = peek(at: 1), ("0"..."9").contains(after) {
            throw failure("a number must not have a leading zero", at: start)
        }
        appendDigits(to: &text)
        if peek == "." {
            text.append(".")
            position += 1
            guard let digit = peek, ("0"..."9").contains(digit) else {
                throw failure("expected digits after the decimal point")
            }
            appendDigits(to: &text)
        }
        if peek == "e" || peek == "E" {
            text.append("e")
            position += 1
            if let sign = peek, sign == "+" || sign == "-" {
                text.unicodeScalars.append(sign)
                position += 1
            }
            guard let digit = peek, ("0"..."9").contains(digit) else {
                throw failure("expected digits in the exponent")
            }
            appendDigits(to: &text)
        }
        guard let value = Double(text), value.isFinite else {
            throw failure("number out of range", at: start)
        }
        return value
    }

    private mutating func appendDigits(to text: inout String) {
        while let digit = peek, ("0"..."9").contains(digit) {
            text.unicodeScalars.append(digit)
            position += 1
        }
    }

    /// Parses a single- or double-quoted string literal with RFC 9535 escapes.
    mutating func parseStringLiteral() throws(JSONPathError) -> String {
        let start = position
        guard let quote = peek else { throw failure("expected a string") }
        position += 1
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = peek else { throw failure("unterminated string", at: start) }
            if scalar == quote {
                position += 1
                return String(result)
            }
            if scalar.value < 0x20 {
                throw failure("control character \(Self.display(scalar)) must be escaped in a string")
            }
            if scalar != "\\" {
                result.append(scalar)
                position += 1
                continue
            }
            let escapeStart = position
            position += 1
            guard let escaped = peek else { throw failure("unterminated string", at: start) }
            position += 1
            switch escaped {
            case "b": result.append("\u{08}")
            case "f": result.append("\u{0C}")
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "t": result.append("\t")
            case "/": result.append("/")
            case "\\": result.append("\\")
            case "'" where quote == "'": result.append("'")
            case "\"" where quote == "\"": result.append("\"")
            case "u": result.append(try parseUnicodeEscape(escapeStart: escapeStart))
            default:
                throw failure("invalid escape '\\\(Self.display(escaped))' in a string", at: escapeStart)
            }
        }
    }

    /// Parses the hex digits after `\u`, joining a surrogate pair; lone surrogates are errors.
    private mutating func parseUnicodeEscape(escapeStart: Int) throws(JSONPathError) -> Unicode.Scalar {
        let high = try parseHex4(escapeStart: escapeStart)
        if (0xDC00...0xDFFF).contains(high) {
            throw failure("lone low surrogate in a \\u escape", at: escapeStart)
        }
        guard (0xD800...0xDBFF).contains(high) else {
            return Unicode.Scalar(high) ?? "\u{FFFD}"
        }
        guard peek == "\\", peek(at: 1) == "u" else {
            throw failure("high surrogate must be followed by a \\u low surrogate", at: escapeStart)
        }
        let lowStart = position
        position += 2
        let low = try parseHex4(escapeStart: lowStart)
        guard (0xDC00...0xDFFF).contains(low) else {
            throw failure("high surrogate must be followed by a \\u low surrogate", at: lowStart)
        }
        let combined = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        return Unicode.Scalar(combined) ?? "\u{FFFD}"
    }

    private mutating func parseHex4(escapeStart: Int) throws(JSONPathError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = peek, let nibble = Self.hexValue(digit) else {
                throw failure("expected four hex digits after '\\u'", at: escapeStart)
            }
            value = value << 4 | nibble
            position += 1
        }
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
}
