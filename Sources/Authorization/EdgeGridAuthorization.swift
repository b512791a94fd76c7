import Crypto
import Foundation
import Transport

/// Akamai EdgeGrid (`EG1-HMAC-SHA256`) as postman-runtime's `edgegrid` handler does it.
///
/// Parameters use Postman's names: `accessToken`, `clientToken`, `clientSecret`, `baseURL` (only its host is
/// signed), `nonce` (a UUID from `context` when absent), `timestamp` (`20140321T19:34:21+0000`, from `context`
/// when absent), `headersToSign` (comma-separated), `maxBodySize` (bytes of a POST body to hash, default 131072).
package enum EdgeGridAuthorization {
    static let defaultMaxBodySize = 131_072

    package static func sign(
        _ request: HTTPRequest, parameters: AuthParameters, context: SigningContext
    ) throws(AuthorizationError) -> HTTPRequest {
        guard let accessToken = parameters["accessToken"] else { throw .missingParameter(auth: "edgegrid", name: "accessToken") }
        guard let clientToken = parameters["clientToken"] else { throw .missingParameter(auth: "edgegrid", name: "clientToken") }
        guard let clientSecret = parameters["clientSecret"] else { throw .missingParameter(auth: "edgegrid", name: "clientSecret") }
        let maxBodySize: Int
        if let text = parameters["maxBodySize"] {
            guard let value = Int(text.trimmingSpaces()) else {
                throw .invalidParameter(auth: "edgegrid", name: "maxBodySize", value: text, reason: "expected a number of bytes")
            }
            maxBodySize = value
        } else {
            maxBodySize = defaultMaxBodySize
        }
        let nonce = parameters["nonce"] ?? context.uuid()
        let timestamp = parameters["timestamp"] ?? UTCTimestamp(context.now()).edgeGridFormat
        let target = RequestTarget(request.url)
        let host = parameters["baseURL"].flatMap { base in URL(string: base).map { RequestTarget($0).hostAndPort } } ?? target.hostAndPort

        var bodyHash = ""
        if request.method == "POST", let body = request.body, !body.isEmpty {
            bodyHash = Base64.encode(SHA256.hash(maxBodySize > 0 ? body.prefix(maxBodySize) : Data()))
        }

        let authorization = "EG1-HMAC-SHA256 client_token=\(clientToken);access_token=\(accessToken);timestamp=\(timestamp);nonce=\(nonce);"
        let dataToSign = [
            request.method, target.scheme, host, target.pathAndQuery,
            canonicalHeaders(parameters["headersToSign"] ?? "", in: request.headers), bodyHash, authorization,
        ].joined(separator: "\t")
        let signingKey = Base64.encode(HMAC<SHA256>.authenticationCode(for: timestamp, key: clientSecret))
        let signature = Base64.encode(HMAC<SHA256>.authenticationCode(for: dataToSign, key: signingKey))

        var signed = request
        signed.headers.remove("Authorization")
        signed.headers.add("Authorization", authorization + "signature=" + signature)
        return signed
    }

    /// `name:value` for each listed header the request has exactly once with a non-empty value, lowercased name,
    /// value trimmed with whitespace runs collapsed, joined by tabs in the listed order.
    static func canonicalHeaders(_ list: String, in headers: HTTPHeaders) -> String {
        list.split(separator: ",", omittingEmptySubsequences: false).compactMap { entry in
            let name = entry.trimmingSpaces().lowercased()
            let values = headers.values(for: name)
            guard !name.isEmpty, values.count == 1, let value = values.first, !value.isEmpty else { return nil }
            let collapsed = value.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            return "\(name):\(collapsed)"
        }.joined(separator: "\t")
    }
}
