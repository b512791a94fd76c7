import Foundation

/// The parts of a request URL that signatures cover, exactly as they go on the wire (still percent-encoded).
struct RequestTarget: Sendable, Equatable {
    /// Lowercased scheme, `http` when absent.
    var scheme: String
    /// The host as written in the URL (percent-encoded, case kept).
    var host: String
    var port: Int?
    /// The percent-encoded path, `/` when empty.
    var path: String
    /// The percent-encoded query without `?`, nil when the URL has none.
    var query: String?

    init(_ url: URL) {
        let components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        scheme = (components?.scheme ?? "http").lowercased()
        host = components?.percentEncodedHost ?? ""
        port = components?.port
        let path = components?.percentEncodedPath ?? ""
        self.path = path.isEmpty ? "/" : path
        query = components?.percentEncodedQuery
    }

    /// Path and query as in the request line (Node's `url.path`).
    var pathAndQuery: String {
        query.map { "\(path)?\($0)" } ?? path
    }

    /// `host` or `host:port`, as in the `Host` header.
    var hostAndPort: String {
        port.map { "\(host):\($0)" } ?? host
    }

    /// Whether `port` is absent or the default for the scheme.
    var hasDefaultPort: Bool {
        guard let port else { return true }
        return (scheme == "http" && port == 80) || (scheme == "https" && port == 443)
    }
}
