/// Why a JSON text could not be parsed, and where (1-based line and column, counted in characters).
package struct JSONError: Error, Sendable, Hashable, CustomStringConvertible {
    package var message: String
    package var line: Int
    package var column: Int
    /// Byte offset of the problem in the UTF-8 input.
    package var offset: Int

    package init(message: String, line: Int, column: Int, offset: Int) {
        self.message = message
        self.line = line
        self.column = column
        self.offset = offset
    }

    package var description: String {
        "\(message) at line \(line), column \(column)"
    }
}
