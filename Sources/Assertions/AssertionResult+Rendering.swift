extension AssertionResult {
    /// The aligned lines a reporter shows under a failed check, for example:
    /// ```
    /// expected: >= 10
    /// actual:   5
    /// path:     $['items'][0]['price']
    /// ```
    /// A `message` line follows when the check could not be evaluated. Pass `actual` to show the value already
    /// redacted and excerpted by the reporter; by default `self.actual` is shown as it is.
    package func failureLines(actual shownActual: String? = nil) -> [String] {
        var lines = ["expected: \(expected)", "actual:   \(shownActual ?? actual)"]
        if let path { lines.append("path:     \(path)") }
        if let message { lines.append("message:  \(message)") }
        return lines
    }
}
