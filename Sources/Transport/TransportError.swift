/// Why a request got no response. Each case is an *error* (the request could not run), never a failure.
package enum TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    case invalidURL(String)
    case unsupportedScheme(String)
    case hostNotFound(String)
    case connectionRefused(String)
    case timedOut(after: Duration)
    case connectionLost(String)
    case tls(String)
    case cancelled
    case other(String)

    package var description: String {
        switch self {
        case .invalidURL(let url): "invalid URL '\(url)'"
        case .unsupportedScheme(let scheme): "unsupported URL scheme '\(scheme)': only http and https can be sent"
        case .hostNotFound(let host): "host not found: \(host)"
        case .connectionRefused(let host): "connection refused by \(host)"
        case .timedOut(let after): "request timed out after \(after.milliseconds) ms"
        case .connectionLost(let detail): "connection closed before the response was complete: \(detail)"
        case .tls(let detail): "TLS error: \(detail)"
        case .cancelled: "request cancelled"
        case .other(let detail): detail
        }
    }
}

extension Duration {
    /// Whole milliseconds, rounded down.
    package var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
