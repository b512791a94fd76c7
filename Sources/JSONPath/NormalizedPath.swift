/// The RFC 9535 normalized path of one node, such as `$['store']['book'][0]`.
package struct NormalizedPath: Sendable, Hashable, CustomStringConvertible {
    /// One step from a node to its child.
    package enum Element: Sendable, Hashable {
        case name(String)
        case index(Int)
    }

    package var elements: [Element]

    package init(_ elements: [Element] = []) {
        self.elements = elements
    }

    /// The path of the document root, `$`.
    package static let root = NormalizedPath()

    package func appending(_ element: Element) -> NormalizedPath {
        var copy = self
        copy.elements.append(element)
        return copy
    }

    package var description: String {
        var text = "$"
        for element in elements {
            switch element {
            case .index(let index):
                text += "[\(index)]"
            case .name(let name):
                text += "['"
                NormalizedPath.appendEscaped(name, to: &text)
                text += "']"
            }
        }
        return text
    }

    /// Escapes a member name the way RFC 9535 §2.7 prescribes: only `'`, `\` and control characters.
    private static func appendEscaped(_ name: String, to text: inout String) {
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\u{08}": text += "\\b"
            case "\u{0C}": text += "\\f"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "'": text += "\\'"
            case "\\": text += "\\\\"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u00" + (hex.count == 1 ? "0" + hex : hex)
            default:
                text.unicodeScalars.append(scalar)
            }
        }
    }
}
