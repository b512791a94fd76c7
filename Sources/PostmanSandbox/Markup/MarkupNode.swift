/// A node of a parsed XML or HTML document. Text is kept as UTF-16 code units, the form JavaScript strings use.
enum MarkupNode {
    case element(MarkupElement)
    case text([UInt16])
    case cdata([UInt16])
    case comment([UInt16])
    /// `<?target data?>`; in HTML, also `<!DOCTYPE …>` and other `<!…>` declarations, with the `!` in `target`.
    case declaration(target: [UInt16], data: [UInt16])
}

/// An element: its name as written (HTML lowercases it), its attributes in document order, and its children.
final class MarkupElement {
    let name: [UInt16]
    var attributes: [MarkupAttribute]
    var children: [MarkupNode] = []

    init(name: [UInt16], attributes: [MarkupAttribute]) {
        self.name = name
        self.attributes = attributes
    }
}

/// One `name="value"` of an element, its value already decoded.
struct MarkupAttribute {
    let name: [UInt16]
    let value: [UInt16]
}

/// Why a document was refused, and where: `line` and `column` count from 1, in UTF-16 code units.
struct MarkupError: Error, CustomStringConvertible {
    let message: String
    let line: Int
    let column: Int

    var description: String { "\(message) at \(line):\(column)" }

    /// The error at `offset` of `units`.
    init(_ message: String, at offset: Int, in units: [UInt16]) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, units.count) where units[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        self.message = message
        self.line = line
        self.column = offset - lineStart + 1
    }
}

extension Array where Element == UInt16 {
    /// The code units of an ASCII or Unicode string.
    init(markup string: String) { self.init(string.utf16) }

    var markupString: String { String(decoding: self, as: UTF16.self) }
}

/// Character classes and references shared by the XML and HTML parsers.
enum MarkupCharacters {
    static let lessThan: UInt16 = 0x3C
    static let greaterThan: UInt16 = 0x3E
    static let ampersand: UInt16 = 0x26
    static let slash: UInt16 = 0x2F
    static let equals: UInt16 = 0x3D
    static let quote: UInt16 = 0x22
    static let apostrophe: UInt16 = 0x27
    static let semicolon: UInt16 = 0x3B
    static let hash: UInt16 = 0x23

    static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0x0C
    }

    static func isLetter(_ unit: UInt16) -> Bool {
        (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A)
    }

    static func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }

    static func isNameStart(_ unit: UInt16) -> Bool {
        isLetter(unit) || unit == 0x5F || unit == 0x3A || unit >= 0x80
    }

    static func isNameCharacter(_ unit: UInt16) -> Bool {
        isNameStart(unit) || isDigit(unit) || unit == 0x2D || unit == 0x2E
    }

    static func lowercased(_ unit: UInt16) -> UInt16 {
        unit >= 0x41 && unit <= 0x5A ? unit + 0x20 : unit
    }

    /// The UTF-16 form of a numeric character reference's body (`#38`, `#x26`), or nil when it names no valid
    /// character (zero, a surrogate, beyond U+10FFFF, or not a number).
    static func numericReference(_ body: ArraySlice<UInt16>) -> [UInt16]? {
        guard body.first == hash else { return nil }
        var digits = body.dropFirst()
        var radix: UInt32 = 10
        if let first = digits.first, first == 0x78 || first == 0x58 {
            radix = 16
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.count <= 8 else { return nil }
        var value: UInt32 = 0
        for unit in digits {
            let digit: UInt32
            switch unit {
            case 0x30...0x39: digit = UInt32(unit - 0x30)
            case 0x61...0x66 where radix == 16: digit = UInt32(unit - 0x61 + 10)
            case 0x41...0x46 where radix == 16: digit = UInt32(unit - 0x41 + 10)
            default: return nil
            }
            value = value * radix + digit
        }
        guard let scalar = Unicode.Scalar(value), value != 0 else { return nil }
        return Array(String(Character(scalar)).utf16)
    }
}
