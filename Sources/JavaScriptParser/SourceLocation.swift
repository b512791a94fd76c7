/// A position in a script: 1-based line and column (in UTF-16 code units, as V8 reports them).
package struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    package var line: Int
    package var column: Int

    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    package var description: String { "\(line):\(column)" }
}
