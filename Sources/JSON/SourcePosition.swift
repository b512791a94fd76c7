/// A 1-based line and column in a UTF-8 text, where columns count Unicode scalars, as editors do.
package struct SourcePosition: Sendable, Hashable, CustomStringConvertible {
    package var line: Int
    package var column: Int

    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    package var description: String { "\(line):\(column)" }

    /// Finds the line and column of a byte offset.
    package static func locate(offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        var line = 1
        var column = 1
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return SourcePosition(line: line, column: column)
    }

    package static func locate(offset: Int, in text: String) -> SourcePosition {
        var text = text
        return text.withUTF8 { locate(offset: offset, in: $0) }
    }
}
