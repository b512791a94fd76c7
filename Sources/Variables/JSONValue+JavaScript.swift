import JSON

// JavaScript's conversions of a JSON value, as Newman (running on Node) applies them to variable values.
extension JSONValue {
    /// `ToString(value)`: what string concatenation or `String.prototype.replace` produces.
    var javaScriptString: String {
        switch self {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): JavaScriptNumberFormatter.string(from: number)
        case .string(let text): text
        case .object: "[object Object]"
        case .array(let elements):
            // Array.prototype.join: null and undefined elements become empty strings.
            elements.map { $0.isNull ? "" : $0.javaScriptString }.joined(separator: ",")
        }
    }

    /// `String(value)`, where `nil` is `undefined`.
    static func javaScriptStringCall(_ value: JSONValue?) -> String {
        value?.javaScriptString ?? "undefined"
    }

    /// `Boolean(value)`, where `nil` is `undefined`.
    static func javaScriptBooleanCall(_ value: JSONValue?) -> Bool {
        switch value {
        case nil, .null?: false
        case .bool(let flag)?: flag
        case .number(let number)?: !(number == 0 || number.isNaN)
        case .string(let text)?: !text.isEmpty
        case .array?, .object?: true
        }
    }

    /// `Number(value)`, where `nil` is `undefined`.
    static func javaScriptNumberCall(_ value: JSONValue?) -> Double {
        switch value {
        case nil: .nan
        case .null?: 0
        case .bool(let flag)?: flag ? 1 : 0
        case .number(let number)?: number
        case .string(let text)?: javaScriptNumber(parsing: text)
        case .array(let elements)?: javaScriptNumber(parsing: JSONValue.array(elements).javaScriptString)
        case .object?: .nan
        }
    }

    /// ECMAScript's StringToNumber: surrounding white space ignored, empty → 0, `0x`/`0o`/`0b` literals,
    /// `Infinity`, and decimal literals; anything else is NaN.
    static func javaScriptNumber(parsing text: String) -> Double {
        let trimmed = text.trimmingJavaScriptWhitespace()
        if trimmed.isEmpty { return 0 }
        switch trimmed {
        case "Infinity", "+Infinity": return .infinity
        case "-Infinity": return -.infinity
        default: break
        }
        let bytes = Array(trimmed.utf8)
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
            let radix: Int? =
                switch bytes[1] | 0x20 {
                case UInt8(ascii: "x"): 16
                case UInt8(ascii: "o"): 8
                case UInt8(ascii: "b"): 2
                default: nil
                }
            if let radix {
                var result = 0.0
                for byte in bytes.dropFirst(2) {
                    guard let digit = Int(String(UnicodeScalar(byte)), radix: radix) else { return .nan }
                    result = result * Double(radix) + Double(digit)
                }
                return result
            }
        }
        guard isDecimalLiteral(bytes), let number = Double(trimmed) else { return .nan }
        return number
    }

    /// `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`
    private static func isDecimalLiteral(_ bytes: [UInt8]) -> Bool {
        var index = 0
        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        var digits = 0
        while isDigit(index) { index += 1; digits += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while isDigit(index) { index += 1; digits += 1 }
        }
        guard digits > 0 else { return false }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard isDigit(index) else { return false }
            while isDigit(index) { index += 1 }
        }
        return index == bytes.count
    }
}

extension String {
    /// Drops ECMAScript white space and line terminators from both ends.
    fileprivate func trimmingJavaScriptWhitespace() -> String {
        let isSpace: (Unicode.Scalar) -> Bool = { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
                0x205F, 0x3000, 0xFEFF:
                true
            default: false
            }
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
