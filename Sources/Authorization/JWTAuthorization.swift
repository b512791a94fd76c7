import Crypto
import Foundation
import Transport

/// Postman's `jwt` auth: a JSON Web Token (RFC 7519) signed with HMAC (RFC 7515 / RFC 7518 §3.2), attached as
/// `Authorization: <headerPrefix> <token>` or as a query parameter.
///
/// HS256, HS384 and HS512 are implemented. RS*, PS* and ES* need RSA or elliptic-curve signing, which Postie
/// doesn't have yet, so they fail with an error naming the algorithm rather than sending an unsigned request.
package enum JWTAuthorization {
    package static func sign(_ request: HTTPRequest, parameters: AuthParameters) throws(AuthorizationError) -> HTTPRequest {
        let algorithm = parameters["algorithm"] ?? "HS256"
        let token = try self.token(parameters: parameters, algorithm: algorithm)
        var signed = request
        if parameters["addTokenTo"] == "queryParam" {
            let key = parameters["queryParamKey"] ?? "token"
            signed.url = signed.url.settingQueryParameter(key, to: token)
        } else {
            let prefix = parameters["headerPrefix"] ?? "Bearer"
            signed.headers.set("Authorization", prefix.isEmpty ? token : prefix + " " + token)
        }
        return signed
    }

    /// `header.payload.signature`, base64url without padding.
    static func token(parameters: AuthParameters, algorithm: String) throws(AuthorizationError) -> String {
        let hash: HashAlgorithm
        switch algorithm {
        case "HS256": hash = .sha256
        case "HS384": hash = .sha384
        case "HS512": hash = .sha512
        default: throw .unsupportedAlgorithm(auth: "jwt", algorithm: algorithm)
        }
        guard let secret = parameters["secret"] else { throw .missingParameter(auth: "jwt", name: "secret") }
        let key: [UInt8]
        if parameters.isOn("isSecretBase64Encoded") {
            do {
                key = try Base64.decode(secret, padding: .optional, ignoresWhitespace: true)
            } catch {
                throw .invalidParameter(auth: "jwt", name: "secret", value: "***", reason: "it is not valid base64")
            }
        } else {
            key = Array(secret.utf8)
        }
        var header: [String: Any] = [:]
        if let extra = parameters["header"], !extra.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let object = (try? JSONSerialization.jsonObject(with: Data(extra.utf8))) as? [String: Any] else {
                throw .invalidParameter(auth: "jwt", name: "header", value: extra, reason: "it is not a JSON object")
            }
            header = object
        }
        header["alg"] = algorithm
        header["typ"] = header["typ"] ?? "JWT"
        let payload = parameters["payload"] ?? "{}"
        guard (try? JSONSerialization.jsonObject(with: Data(payload.utf8))) is [String: Any] else {
            throw .invalidParameter(auth: "jwt", name: "payload", value: payload, reason: "it is not a JSON object")
        }
        let headerJSON = (try? JSONSerialization.data(withJSONObject: header, options: [.sortedKeys])) ?? Data()
        let signingInput = base64URL(Array(headerJSON)) + "." + base64URL(Array(payload.utf8))
        return signingInput + "." + signature(signingInput, key: key, hash: hash)
    }

    /// The HMAC of the signing input, base64url without padding (RFC 7515 §A.1).
    static func signature(_ signingInput: String, key: [UInt8], hash: HashAlgorithm) -> String {
        base64URL(hash.authenticationCode(for: Array(signingInput.utf8), key: key))
    }

    static func base64URL(_ bytes: [UInt8]) -> String {
        Base64.encode(bytes, alphabet: .urlSafe, padded: false)
    }
}

extension URL {
    /// Removes every query parameter called `name` and appends `name=value`.
    fileprivate func settingQueryParameter(_ name: String, to value: String) -> URL {
        guard var components = URLComponents(url: self, resolvingAgainstBaseURL: false) else { return self }
        var items = (components.queryItems ?? []).filter { $0.name != name }
        items.append(URLQueryItem(name: name, value: value))
        components.queryItems = items
        return components.url ?? self
    }
}
