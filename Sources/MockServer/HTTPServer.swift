/// A loopback HTTP/1.1 server on POSIX sockets: keep-alive, pipelining, chunked request bodies,
/// `Expect: 100-continue`, and one thread per connection.
///
/// The socket is bound in `init`, so a port clash is reported before `start()`.
package final class HTTPServer: Sendable {
    package let host: String
    /// The bound port (the kernel's pick when 0 was asked for).
    package let port: Int
    private let state: ServerState

    package init(
        host: String = "127.0.0.1", port: Int = 0, limits: ServerLimits = ServerLimits(),
        log: (@Sendable (ServerLogEntry) -> Void)? = nil,
        handler: @escaping @Sendable (ServerRequest) -> ServerResponse
    ) throws(ServerError) {
        let (listener, bound) = try Socket.listen(host: host, port: port, backlog: 128)
        self.host = host
        self.port = bound
        self.state = try ServerState(listener: listener, limits: limits, logger: log, handler: handler)
    }

    deinit {
        state.stop()
    }

    /// `http://host:port`, with brackets around an IPv6 host.
    package var baseURL: String {
        host.contains(":") ? "http://[\(host)]:\(port)" : "http://\(host):\(port)"
    }

    /// Starts accepting connections on a background thread. Calling it again, or after `stop()`, does nothing.
    package func start() {
        state.start()
    }

    /// Closes the listener and every connection and waits for their threads. Safe to call more than once.
    package func stop() {
        state.stop()
    }
}
