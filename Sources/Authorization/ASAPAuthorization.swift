import Crypto
import Foundation
import Transport

/// Postman's `asap` auth (Atlassian service-to-service): a JWT signed with an RSA private key, sent as
/// `Authorization: Bearer <token>`, built as postman-runtime builds it.
///
/// The header is `{"alg", "kid"}`; the payload is the `claims` JSON object with `iat`, `iss`, `sub`, `jti`,
/// `aud` and `exp` set, where a claim given in `claims` wins over the parameter of the same name. `sub` falls back
/// to the issuer, `jti` to a fresh UUID and `exp` to `iat`'s clock plus the `exp` parameter in seconds (3600 when
/// absent). `kid`, `iss`, `aud` and `privateKey` are required; `alg` defaults to RS256. The key may be PEM
/// (PKCS#8 or PKCS#1, line breaks optional) or Atlassian's `data:application/pkcs8;kid=<kid>;base64,<DER>` URI.
/// Time and the UUID come from the `SigningContext`, so tests can fix them.
package enum ASAPAuthorization {
    package static func sign(
        _ request: HTTPRequest, parameters: AuthParameters, context: SigningContext
    ) throws(AuthorizationError) -> HTTPRequest {
        var signed = request
        signed.headers.set("Authorization", "Bearer " + (try token(parameters: parameters, context: context)))
        return signed
    }

    static func token(parameters: AuthParameters, context: SigningContext) throws(AuthorizationError) -> String {
        var claims: [String: Any] = [:]
        if let text = parameters["claims"], !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            guard let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] else {
                throw .invalidParameter(auth: "asap", name: "claims", value: text, reason: "it is not a JSON object")
            }
            claims = object
        }
        let issuer: Any? = truthy(claims["iss"]) ?? parameters["iss"]
        let now = Int(context.now().timeIntervalSince1970.rounded(.down))
        let expiry = parameters["exp"].flatMap(leadingInteger).flatMap { $0 == 0 ? nil : $0 } ?? 3600
        let kid = truthy(claims["kid"]).map { $0 as? String ?? "\($0)" } ?? parameters["kid"]
        let audience: Any? = truthy(claims["aud"]) ?? parameters["aud"]
        guard let kid else { throw .missingParameter(auth: "asap", name: "kid") }
        guard let issuer else { throw .missingParameter(auth: "asap", name: "iss") }
        guard let audience else { throw .missingParameter(auth: "asap", name: "aud") }
        guard let privateKey = parameters["privateKey"] else { throw .missingParameter(auth: "asap", name: "privateKey") }
        let algorithm = parameters["alg"] ?? "RS256"
        guard case .rsa(let scheme) = try JWTAuthorization.Signer(algorithm: algorithm, auth: "asap") else {
            // ASAP allows only asymmetric algorithms.
            throw .unsupportedAlgorithm(auth: "asap", algorithm: algorithm)
        }
        let key = try self.key(privateKey, kid: kid, algorithm: algorithm)

        claims["iat"] = truthy(claims["iat"]) ?? now
        claims["iss"] = issuer
        claims["sub"] = truthy(claims["sub"]) ?? parameters["sub"] ?? issuer
        claims["jti"] = truthy(claims["jti"]) ?? context.uuid()
        claims["aud"] = audience
        claims["exp"] = truthy(claims["exp"]).flatMap { leadingInteger("\($0)") } ?? now + expiry
        let signingInput =
            JWTAuthorization.base64URL(JWTAuthorization.json(["alg": algorithm, "kid": kid])) + "."
            + JWTAuthorization.base64URL(JWTAuthorization.json(claims))
        return signingInput + "." + (try JWTAuthorization.signature(signingInput, key: key, scheme: scheme, auth: "asap"))
    }

    /// The private key from a PEM text or an Atlassian data URI, after the clean-up postman-runtime does: surrounding
    /// double quotes and line breaks removed, then percent-decoding.
    static func key(_ text: String, kid: String, algorithm: String) throws(AuthorizationError) -> RSAPrivateKey {
        var cleaned = text
        if cleaned.count >= 2, cleaned.hasPrefix("\""), cleaned.hasSuffix("\"") { cleaned = String(cleaned.dropFirst().dropLast()) }
        cleaned = cleaned.replacingOccurrences(of: "\n", with: "")
        cleaned = cleaned.removingPercentEncoding ?? cleaned
        guard cleaned.hasPrefix("data:") else { return try JWTAuthorization.rsaKey(pem: cleaned, algorithm: algorithm, auth: "asap") }

        let prefix = "data:application/pkcs8;kid="
        guard cleaned.hasPrefix(prefix), let base64Marker = cleaned.range(of: ";base64,") else {
            throw .invalidParameter(
                auth: "asap", name: "privateKey", value: "***",
                reason: "a data URI key must look like 'data:application/pkcs8;kid=<kid>;base64,<DER>'")
        }
        let uriKid = String(cleaned[cleaned.index(cleaned.startIndex, offsetBy: prefix.count)..<base64Marker.lowerBound])
        guard uriKid == kid else {
            throw .invalidParameter(
                auth: "asap", name: "privateKey", value: "***",
                reason: "its data URI names key id '\(uriKid)', but the kid parameter is '\(kid)'")
        }
        let key: RSAPrivateKey
        do {
            let der = try Base64.decode(String(cleaned[base64Marker.upperBound...]), padding: .optional)
            key = try RSAPrivateKey(der: der)
        } catch let error as CryptoError {
            throw .invalidParameter(auth: "asap", name: "privateKey", value: "***", reason: "its data URI is not base64: \(error)")
        } catch {
            throw .invalidParameter(auth: "asap", name: "privateKey", value: "***", reason: "\(error)")
        }
        try JWTAuthorization.requireSize(of: key, algorithm: algorithm, auth: "asap")
        return key
    }

    /// `value` when JavaScript would treat it as true (`claims.x || fallback`), else nil.
    private static func truthy(_ value: Any?) -> Any? {
        switch value {
        case nil, is NSNull: nil
        case let string as String: string.isEmpty ? nil : string
        case let number as NSNumber:
            // JSONSerialization gives booleans as NSNumber too; false, 0 and NaN are falsy.
            number.doubleValue == 0 || number.doubleValue.isNaN ? nil : number
        default: value
        }
    }

    /// JavaScript's `parseInt(text, 10)`: the integer at the start of `text` after white space, or nil.
    private static func leadingInteger(_ text: String) -> Int? {
        let trimmed = text.drop(while: { $0.isWhitespace })
        var digits = trimmed.prefix(while: { $0.isASCII && $0.isNumber })
        var sign = 1
        if digits.isEmpty, let first = trimmed.first, first == "-" || first == "+" {
            sign = first == "-" ? -1 : 1
            digits = trimmed.dropFirst().prefix(while: { $0.isASCII && $0.isNumber })
        }
        return Int(digits).map { $0 * sign }
    }
}
