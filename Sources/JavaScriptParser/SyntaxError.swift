/// A script that could not be parsed, worded as V8 words it (`Unexpected token '}'`).
package struct SyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    package var message: String
    package var location: SourceLocation

    package init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    package var description: String { "SyntaxError: \(message)" }

    /// The V8-style report: `file:line`, the offending source line, a caret under the column, and the message.
    package func rendered(fileName: String, source: String) -> String {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var text = "\(fileName):\(location.line):\(location.column)\n"
        if location.line >= 1, location.line <= lines.count {
            var line = String(lines[location.line - 1])
            if line.hasSuffix("\r") { line.removeLast() }
            text += line + "\n"
            text += String(repeating: " ", count: max(0, location.column - 1)) + "^\n"
        }
        text += "\n" + description
        return text
    }
}
