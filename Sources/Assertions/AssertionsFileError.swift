import JSON

/// Every problem found in an assertions file, each with the file, its line:col and JSON location.
package struct AssertionsFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One problem.
    package struct Problem: Sendable, Hashable {
        package var message: String
        package var location: JSONLocation
        package var position: SourcePosition?
        /// The assertion line or selector with a caret, when the problem is inside one.
        package var syntax: AssertionSyntaxError?
        package var help: String?
    }

    package var file: String
    package var problems: [Problem]

    /// At most this many problems are kept, so a badly broken file does not flood the terminal.
    static let maximumProblems = 20

    package var description: String {
        problems.map { problem in
            var place = file
            if let position = problem.position { place += ":\(position.line):\(position.column)" }
            if !problem.location.components.isEmpty { place += " › \(problem.location)" }
            if let syntax = problem.syntax {
                return syntax.rendered(location: place)
            }
            var lines = ["error: \(problem.message)", "  --> \(place)"]
            if let help = problem.help { lines.append("   = help: \(help)") }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }
}
