/// One served request, for `--verbose` logging.
package struct ServerLogEntry: Sendable, Hashable, CustomStringConvertible {
    /// The request method, or `-` when the request line could not be read.
    package var method: String
    /// The request-target, or `-` when the request line could not be read.
    package var target: String
    package var status: Int
    package var responseBytes: Int
    package var duration: Duration

    package init(method: String, target: String, status: Int, responseBytes: Int, duration: Duration) {
        self.method = method
        self.target = target
        self.status = status
        self.responseBytes = responseBytes
        self.duration = duration
    }

    /// `GET /clouds → 200 (512 B, 3 ms)`
    package var description: String {
        "\(method) \(target) → \(status) (\(responseBytes) B, \(duration.milliseconds) ms)"
    }
}
