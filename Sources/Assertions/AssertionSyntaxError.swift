/// A line that is not a valid assertion: the message, the span to underline, and an optional suggestion.
package struct AssertionSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    package var message: String
    /// The line as written.
    package var line: String
    /// Offset of the first offending character, in Unicode scalars (0-based).
    package var offset: Int
    /// How many characters to underline (at least 1).
    package var length: Int
    /// The text of a `= help:` line, such as "did you mean 'isString'?".
    package var help: String?

    package init(message: String, line: String, offset: Int, length: Int = 1, help: String? = nil) {
        self.message = message
        self.line = line
        self.offset = offset
        self.length = max(1, length)
        self.help = help
    }

    /// The 1-based column of the offending character.
    package var column: Int { offset + 1 }

    /// The error without a location line, as `--assert` shows it.
    package var description: String { rendered(location: nil) }

    /// The error in the project's format; `location` goes on a `-->` line when given.
    package func rendered(location: String?) -> String {
        let shown = String(String.UnicodeScalarView(line.unicodeScalars.map { $0.value < 0x20 ? " " : $0 }))
        var lines = ["error: \(message)"]
        if let location { lines.append("  --> \(location)") }
        lines.append("   |")
        lines.append("   | \(shown)")
        lines.append("   | " + String(repeating: " ", count: offset) + String(repeating: "^", count: length))
        if let help { lines.append("   = help: \(help)") }
        return lines.joined(separator: "\n")
    }
}
