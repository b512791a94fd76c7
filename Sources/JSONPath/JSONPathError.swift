/// A query that is not valid RFC 9535 JSONPath, with the column where parsing stopped.
///
/// Well-typedness problems (for example `length(@.*)` or a comparison with a non-singular query) are parse errors
/// too, as the RFC requires.
package struct JSONPathError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The query as written.
    package var query: String
    /// Offset of the offending character in Unicode scalars from the start of `query` (0-based).
    package var offset: Int
    /// What is wrong, lowercase, without a trailing period.
    package var message: String

    package init(query: String, offset: Int, message: String) {
        self.query = query
        self.offset = offset
        self.message = message
    }

    /// The 1-based column of the offending character.
    package var column: Int { offset + 1 }

    /// The query and a caret under the offending column, as two lines without a trailing newline.
    package var caretLines: String {
        let shown = query.unicodeScalars.map { scalar -> String in
            // Control characters would break the alignment of the caret.
            scalar.value < 0x20 || scalar.value == 0x7F ? " " : String(scalar)
        }.joined()
        return shown + "\n" + String(repeating: " ", count: offset) + "^"
    }

    /// The project's error layout: a headline, then the query with a caret under the offending column.
    package var description: String {
        let lines = caretLines.split(separator: "\n", omittingEmptySubsequences: false)
        return (["error: invalid JSONPath: \(message)", "   |"] + lines.map { "   | " + $0 }).joined(separator: "\n")
    }
}
