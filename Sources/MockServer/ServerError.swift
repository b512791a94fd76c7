#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why the server could not start listening.
package enum ServerError: Error, Sendable, Hashable, CustomStringConvertible {
    case invalidPort(Int)
    case portInUse(host: String, port: Int)
    case addressNotAvailable(host: String)
    case permissionDenied(host: String, port: Int)
    case hostNotResolved(host: String, reason: String)
    case system(operation: String, code: Int32)

    package var description: String {
        switch self {
        case .invalidPort(let port):
            "invalid port \(port): use a number from 1 to 65535, or 0 to pick a free port"
        case .portInUse(let host, let port):
            "port \(port) on \(host) is already in use: "
                + "stop the program using it or choose another port (0 picks a free one)"
        case .addressNotAvailable(let host):
            "cannot listen on \(host): that address does not belong to this machine (use 127.0.0.1)"
        case .permissionDenied(let host, let port):
            "not allowed to listen on port \(port) on \(host): "
                + "ports below 1024 need extra privileges, choose a higher port"
        case .hostNotResolved(let host, let reason):
            "cannot listen on '\(host)': \(reason) (use an IP address such as 127.0.0.1)"
        case .system(let operation, let code):
            "cannot start the server: \(operation) failed: \(String(cString: strerror(code)))"
        }
    }
}
