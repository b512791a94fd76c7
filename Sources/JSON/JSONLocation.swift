/// A location inside a JSON document, such as `item[2].request.url`.
package struct JSONLocation: Sendable, Hashable, CustomStringConvertible {
    package enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    package var components: [Component]

    package init(_ components: [Component] = []) {
        self.components = components
    }

    package func appending(_ key: String) -> JSONLocation {
        JSONLocation(components + [.key(key)])
    }

    package func appending(_ index: Int) -> JSONLocation {
        JSONLocation(components + [.index(index)])
    }

    package var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                let plain = !key.isEmpty && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" }
                if plain {
                    if !text.isEmpty { text += "." }
                    text += key
                } else {
                    text += "[\(JSONWriter.quoted(key))]"
                }
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }

    /// Finds where the value at this location starts in `text`, with the line it is on.
    ///
    /// Only used to point at a problem, so it re-scans the text rather than making every parse record offsets.
    package func position(in text: String) -> (position: SourcePosition, line: String)? {
        var text = text
        let offset: Int? = text.withUTF8 { bytes in
            var scanner = JSONLocationScanner(bytes: bytes)
            return scanner.offset(of: components)
        }
        guard let offset else { return nil }
        let position = SourcePosition.locate(offset: offset, in: text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = position.line - 1 < lines.count ? String(lines[position.line - 1]) : ""
        return (position, line.replacingTabs())
    }
}

extension String {
    fileprivate func replacingTabs() -> String {
        // Columns are counted in characters, so a tab must take exactly one column in the caret line.
        String(map { $0 == "\t" ? " " : $0 })
    }
}

/// Walks a JSON text just far enough to find the byte offset of one value. Malformed text yields nil.
private struct JSONLocationScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    }

    mutating func offset(of components: [JSONLocation.Component]) -> Int? {
        skipWhitespace()
        for component in components {
            guard index < bytes.count else { return nil }
            switch component {
            case .key(let key):
                guard bytes[index] == UInt8(ascii: "{"), findMember(key) else { return nil }
            case .index(let wanted):
                guard bytes[index] == UInt8(ascii: "["), findElement(wanted) else { return nil }
            }
        }
        return index
    }

    private mutating func findMember(_ key: String) -> Bool {
        index += 1
        var found: Int?
        while true {
            skipWhitespace()
            guard index < bytes.count else { break }
            if bytes[index] == UInt8(ascii: "}") { break }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard let name = readString() else { return false }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return false }
            index += 1
            skipWhitespace()
            // The last duplicate wins, as in the parsed value.
            if name == key { found = index }
            guard skipValue() else { return false }
        }
        guard let found else { return false }
        index = found
        return true
    }

    private mutating func findElement(_ wanted: Int) -> Bool {
        index += 1
        var position = 0
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] != UInt8(ascii: "]") else { return false }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if position == wanted { return true }
            guard skipValue() else { return false }
            position += 1
        }
    }

    private mutating func readString() -> String? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        let start = index
        guard skipValue() else { return nil }
        let literal = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        return (try? JSONParser.parse(literal))?.stringValue
    }

    private mutating func skipValue() -> Bool {
        guard index < bytes.count else { return false }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            index += 1
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "\\") {
                    index += 2
                } else if bytes[index] == UInt8(ascii: "\"") {
                    index += 1
                    return true
                } else {
                    index += 1
                }
            }
            return false
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    guard skipValue() else { return false }
                    continue
                }
                if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { depth += 1 }
                if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 {
                        index += 1
                        return true
                    }
                }
                index += 1
            }
            return false
        default:
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D: return true
                default: index += 1
                }
            }
            return true
        }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }
}
