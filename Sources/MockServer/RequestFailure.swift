/// Why a request could not be read; each maps to an error status and closes the connection.
enum RequestFailure: Error, Sendable {
    case badRequest(String)
    case headersTooLarge
    case bodyTooLarge(limit: Int)
    case unsupportedVersion(String)
    case unsupportedTransferCoding(String)
    case expectationFailed(String)
    /// The peer went away, stayed idle too long, or the server is stopping: close without answering.
    case closed

    var response: ServerResponse? {
        switch self {
        case .badRequest(let message): .error(status: 400, message)
        case .headersTooLarge: .error(status: 431, "request header fields too large")
        case .bodyTooLarge(let limit): .error(status: 413, "request body larger than \(limit) bytes")
        case .unsupportedVersion(let version): .error(status: 505, "\(version) is not supported")
        case .unsupportedTransferCoding(let coding): .error(status: 501, "transfer coding '\(coding)' is not supported")
        case .expectationFailed(let value): .error(status: 417, "expectation '\(value)' is not supported")
        case .closed: nil
        }
    }
}
