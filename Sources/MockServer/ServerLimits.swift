/// Bounds that keep a misbehaving client from exhausting the server.
package struct ServerLimits: Sendable, Hashable {
    /// Request line plus headers (and chunked trailers); larger heads get 431.
    package var maxHeaderBytes: Int
    /// Decoded request body; larger bodies get 413.
    package var maxBodyBytes: Int
    /// Connections served at once; more get 503 and are closed.
    package var maxConnections: Int
    /// How long a connection may sit idle (between or inside requests) before it is closed.
    package var idleTimeout: Duration

    package init(
        maxHeaderBytes: Int = 64 * 1024, maxBodyBytes: Int = 64 * 1024 * 1024, maxConnections: Int = 128,
        idleTimeout: Duration = .seconds(30)
    ) {
        self.maxHeaderBytes = maxHeaderBytes
        self.maxBodyBytes = maxBodyBytes
        self.maxConnections = maxConnections
        self.idleTimeout = idleTimeout
    }
}
