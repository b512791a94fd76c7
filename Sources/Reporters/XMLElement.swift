/// A minimal XML element tree and writer: enough for JUnit reports, with escaping done once, here.
struct XMLElement {
    var name: String
    var attributes: [(String, String)] = []
    var children: [XMLElement] = []
    var text: String?

    init(_ name: String, _ attributes: [(String, String)] = [], children: [XMLElement] = [], text: String? = nil) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    /// The document, with a declaration and two-space indentation.
    func document() -> String {
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        write(into: &output, indent: 0)
        return output
    }

    private func write(into output: inout String, indent: Int) {
        let padding = String(repeating: "  ", count: indent)
        output += padding + "<" + name
        for (key, value) in attributes {
            output += " \(key)=\"\(Self.escape(value, inAttribute: true))\""
        }
        if children.isEmpty && text == nil {
            output += "/>\n"
            return
        }
        output += ">"
        if let text {
            output += Self.escape(text, inAttribute: false)
        }
        if !children.isEmpty {
            output += "\n"
            for child in children { child.write(into: &output, indent: indent + 1) }
            output += padding
        }
        output += "</\(name)>\n"
    }

    /// Escapes markup characters and drops characters XML 1.0 forbids (C0 controls other than tab, CR, LF).
    static func escape(_ text: String, inAttribute: Bool) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where inAttribute: output += "&quot;"
            case "\n" where inAttribute: output += "&#10;"
            case "\r": output += "&#13;"
            case "\t" where inAttribute: output += "&#9;"
            case "\t", "\n": output.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
