import Crypto
import Foundation
import Transport

/// Postman's `jwt` auth: a JSON Web Token (RFC 7519) signed as RFC 7518 §3 says, attached as
/// `Authorization: <headerPrefix> <token>` or as a query parameter.
///
/// HS256/384/512 use HMAC with `secret`; RS256/384/512 (RSASSA-PKCS1-v1_5) and PS256/384/512 (RSASSA-PSS) use
/// `privateKey`, a PEM RSA key of at least 2048 bits, as postman-runtime's jose requires. ES* needs elliptic
/// curves, which Postie doesn't have, so it fails with an error naming the algorithm rather than sending an
/// unsigned request.
package enum JWTAuthorization {
    package static func sign(_ request: HTTPRequest, parameters: AuthParameters) throws(AuthorizationError) -> HTTPRequest {
        let algorithm = parameters["algorithm"] ?? "HS256"
        let token = try self.token(parameters: parameters, algorithm: algorithm)
        var signed = request
        if parameters["addTokenTo"] == "queryParam" {
            let key = parameters["queryParamKey"] ?? "token"
            signed.url = signed.url.settingQueryParameter(key, to: token)
        } else {
            // An empty prefix is deliberate (the bare token), unlike most empty parameters.
            let prefix = parameters.values["headerPrefix"] ?? "Bearer"
            signed.headers.set("Authorization", prefix.isEmpty ? token : prefix + " " + token)
        }
        return signed
    }

    /// How a JWS `alg` signs (RFC 7518 §3.1).
    enum Signer {
        case hmac(HashAlgorithm)
        case rsa(RSASignatureScheme)

        /// The signer for `algorithm`, or `unsupportedAlgorithm` naming `auth` (jwt or asap).
        init(algorithm: String, auth: String) throws(AuthorizationError) {
            switch algorithm {
            case "HS256": self = .hmac(.sha256)
            case "HS384": self = .hmac(.sha384)
            case "HS512": self = .hmac(.sha512)
            case "RS256": self = .rsa(.pkcs1v15(.sha256))
            case "RS384": self = .rsa(.pkcs1v15(.sha384))
            case "RS512": self = .rsa(.pkcs1v15(.sha512))
            case "PS256": self = .rsa(.pss(.sha256))
            case "PS384": self = .rsa(.pss(.sha384))
            case "PS512": self = .rsa(.pss(.sha512))
            default: throw .unsupportedAlgorithm(auth: auth, algorithm: algorithm)
            }
        }
    }

    /// `header.payload.signature`, base64url without padding.
    static func token(parameters: AuthParameters, algorithm: String) throws(AuthorizationError) -> String {
        let signer = try Signer(algorithm: algorithm, auth: "jwt")
        let sign: (String) throws(AuthorizationError) -> String
        switch signer {
        case .hmac(let hash):
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
            sign = { input in signature(input, key: key, hash: hash) }
        case .rsa(let scheme):
            guard let pem = parameters["privateKey"] else { throw .missingParameter(auth: "jwt", name: "privateKey") }
            let key = try rsaKey(pem: pem, algorithm: algorithm, auth: "jwt")
            sign = { input throws(AuthorizationError) in try signature(input, key: key, scheme: scheme, auth: "jwt") }
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
        let signingInput = base64URL(json(header)) + "." + base64URL(Array(payload.utf8))
        return signingInput + "." + (try sign(signingInput))
    }

    /// A JSON object's bytes with sorted keys, so the same parameters always give the same token.
    static func json(_ object: [String: Any]) -> [UInt8] {
        Array((try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data())
    }

    /// The RSA key in `pem`, refusing keys below 2048 bits as jose (postman-runtime's JWT library) does for RS* and
    /// PS*. Key problems become an `invalidParameter` that never shows the key.
    static func rsaKey(pem: String, algorithm: String, auth: String) throws(AuthorizationError) -> RSAPrivateKey {
        let key: RSAPrivateKey
        do {
            key = try RSAPrivateKey(pem: pem)
        } catch {
            throw .invalidParameter(auth: auth, name: "privateKey", value: "***", reason: error.description)
        }
        try requireSize(of: key, algorithm: algorithm, auth: auth)
        return key
    }

    static func requireSize(of key: RSAPrivateKey, algorithm: String, auth: String) throws(AuthorizationError) {
        guard key.bitWidth >= 2048 else {
            throw .invalidParameter(
                auth: auth, name: "privateKey", value: "***",
                reason: "\(algorithm) needs an RSA key of at least 2048 bits, and this one has \(key.bitWidth)")
        }
    }

    /// The RSA signature of the signing input, base64url without padding (RFC 7515 §A.2).
    static func signature(
        _ signingInput: String, key: RSAPrivateKey, scheme: RSASignatureScheme, auth: String
    ) throws(AuthorizationError) -> String {
        do {
            return base64URL(try key.signature(for: Array(signingInput.utf8), scheme: scheme))
        } catch {
            throw .invalidParameter(auth: auth, name: "privateKey", value: "***", reason: error.description)
        }
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
