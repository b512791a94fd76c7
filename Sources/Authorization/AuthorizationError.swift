/// Why a request could not be signed. The runner reports these as console warnings, as Newman does, and also
/// marks the request with an error: a run must never pass with unsigned requests because of a typo.
package enum AuthorizationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A parameter the auth type cannot sign without (`auth` is Postman's type name, e.g. `oauth1`).
    case missingParameter(auth: String, name: String)
    /// A parameter has a value the auth type does not accept.
    case invalidParameter(auth: String, name: String, value: String, reason: String)
    /// An algorithm or signature method this auth type (or Postie) does not implement.
    case unsupportedAlgorithm(auth: String, algorithm: String)
    /// A server message in the handshake (a challenge) could not be read.
    case malformedChallenge(auth: String, reason: String)
    /// The OAuth 2.0 token endpoint gave no usable token.
    case tokenRequestFailed(url: String, reason: String)

    package var description: String {
        switch self {
        case let .missingParameter(auth, name):
            "\(auth) auth is missing its '\(name)' parameter"
        case let .invalidParameter(auth, name, value, reason):
            "\(auth) auth parameter '\(name)' has an invalid value '\(value)': \(reason)"
        case let .unsupportedAlgorithm(auth, algorithm):
            "unsupported \(auth) algorithm: \(algorithm)"
        case let .malformedChallenge(auth, reason):
            "malformed \(auth) challenge: \(reason)"
        case let .tokenRequestFailed(url, reason):
            "could not get an oauth2 token from \(url): \(reason)"
        }
    }
}
