/// Sends one request and returns one response, without following redirects.
///
/// The call blocks until the response is complete, the timeout passes, or `cancelAll()` is called.
/// Runs are sequential, so a blocking seam keeps the runner and the script sandbox simple.
package protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest, options: TransportOptions) throws(TransportError) -> HTTPResponse

    /// Aborts every request in flight; each one throws `TransportError.cancelled`. Safe from any thread.
    func cancelAll()
}

/// Per-request settings that the transport enforces.
package struct TransportOptions: Sendable, Hashable {
    /// The whole request must finish within this time; nil means no limit.
    package var timeout: Duration?

    package init(timeout: Duration? = nil) {
        self.timeout = timeout
    }
}
