import JSON

/// A problem with an input document, located by file, JSON location and (where known) line:col.
package struct LoadError: Error, Sendable, Hashable, CustomStringConvertible {
    package var file: String
    /// The JSON location, e.g. `item[2].item[0].request.url`; empty for the document as a whole.
    package var path: String
    package var message: String
    package var help: String?
    package var position: SourcePosition?
    /// The source line at `position`, for the caret.
    package var sourceLine: String?

    package init(
        file: String, path: String = "", message: String, help: String? = nil, position: SourcePosition? = nil,
        sourceLine: String? = nil
    ) {
        self.file = file
        self.path = path
        self.message = message
        self.help = help
        self.position = position
        self.sourceLine = sourceLine
    }

    /// The rendered message: headline, location, caret and help, as every Postie error is laid out.
    package var description: String {
        var lines = ["error: \(message)"]
        var location = file
        if let position { location += ":\(position)" }
        if !path.isEmpty { location += " › \(path)" }
        lines.append("  --> \(location)")
        if let sourceLine, let position {
            let trimmed = String(sourceLine.prefix(200))
            lines.append("   |")
            lines.append("   | \(trimmed)")
            let caretColumn = min(position.column, trimmed.count + 1)
            lines.append("   | \(String(repeating: " ", count: caretColumn - 1))^")
        }
        if let help { lines.append("   = help: \(help)") }
        return lines.joined(separator: "\n")
    }
}

/// Every problem found in one pass over a document, capped so a broken file doesn't flood the terminal.
package struct LoadErrors: Error, Sendable, Hashable, CustomStringConvertible {
    package static let displayLimit = 20

    package var errors: [LoadError]

    package init(_ errors: [LoadError]) {
        self.errors = errors
    }

    package var description: String {
        var parts = errors.prefix(Self.displayLimit).map(\.description)
        if errors.count > Self.displayLimit {
            parts.append("… and \(errors.count - Self.displayLimit) more problems")
        }
        return parts.joined(separator: "\n\n")
    }
}
