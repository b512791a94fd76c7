/// Writes `JSONValue`s the way JavaScript's `JSON.stringify` does, so output matches Newman's byte for byte.
///
/// Members keep their order; `pretty` indents with two spaces, as `JSON.stringify(value, null, 2)`.
package enum JSONWriter {
    package static func write(_ value: JSONValue, pretty: Bool = false) -> String {
        var output = ""
        write(value, into: &output, pretty: pretty, indent: 0)
        return output
    }

    private static func write(_ value: JSONValue, into output: inout String, pretty: Bool, indent: Int) {
        switch value {
        case .null:
            output += "null"
        case .bool(let flag):
            output += flag ? "true" : "false"
        case .number(let number):
            output += number.isFinite ? JavaScriptNumberFormatter.string(from: number) : "null"
        case .string(let string):
            writeString(string, into: &output)
        case .array(let elements):
            guard !elements.isEmpty else {
                output += "[]"
                return
            }
            output += "["
            for (position, element) in elements.enumerated() {
                if position > 0 { output += "," }
                if pretty { newline(into: &output, indent: indent + 1) }
                write(element, into: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { newline(into: &output, indent: indent) }
            output += "]"
        case .object(let object):
            let members = object.deduplicated
            guard !members.isEmpty else {
                output += "{}"
                return
            }
            output += "{"
            for (position, member) in members.enumerated() {
                if position > 0 { output += "," }
                if pretty { newline(into: &output, indent: indent + 1) }
                writeString(member.key, into: &output)
                output += pretty ? ": " : ":"
                write(member.value, into: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { newline(into: &output, indent: indent) }
            output += "}"
        }
    }

    private static func newline(into output: inout String, indent: Int) {
        output += "\n"
        output += String(repeating: "  ", count: indent)
    }

    /// Quotes a string with JSON escapes: `"`, `\`, and control characters; everything else is kept.
    package static func writeString(_ string: String, into output: inout String) {
        output += "\""
        var pending = Substring.UnicodeScalarView()
        for scalar in string.unicodeScalars {
            let escaped: String?
            switch scalar {
            case "\"": escaped = "\\\""
            case "\\": escaped = "\\\\"
            case "\n": escaped = "\\n"
            case "\r": escaped = "\\r"
            case "\t": escaped = "\\t"
            case "\u{08}": escaped = "\\b"
            case "\u{0C}": escaped = "\\f"
            default:
                if scalar.value < 0x20 {
                    let digits = String(scalar.value, radix: 16)
                    escaped = "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
                } else {
                    escaped = nil
                }
            }
            if let escaped {
                output += String(pending)
                pending = Substring.UnicodeScalarView()
                output += escaped
            } else {
                pending.append(scalar)
            }
        }
        output += String(pending)
        output += "\""
    }

    package static func quoted(_ string: String) -> String {
        var output = ""
        writeString(string, into: &output)
        return output
    }
}
