/// A command line that can't be acted on. Exit code 2.
package struct UsageError: Error, Sendable, Hashable, CustomStringConvertible {
    package var message: String
    package var help: String?

    package init(_ message: String, help: String? = nil) {
        self.message = message
        self.help = help
    }

    package var description: String {
        var text = "error: \(message)"
        if let help { text += "\n   = help: \(help)" }
        return text
    }
}
