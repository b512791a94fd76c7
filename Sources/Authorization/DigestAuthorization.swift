import Crypto
import Foundation
import Transport

/// HTTP Digest authentication (RFC 7616, RFC 2617) as postman-runtime's `digest` handler does it.
///
/// The flow is the runner's: send the request unsigned while `realm`/`nonce` are unknown, feed the response to
/// `followUp(after:parameters:context:)`, and replay with the parameters it returns. Parameters use Postman's names:
/// `username`, `password`, `realm`, `nonce`, `algorithm`, `qop`, `nonceCount`, `clientNonce`, `opaque`,
/// `disableRetryRequest`.
package enum DigestAuthorization {
    static let clientNonceLength = 8

    /// The request with an `Authorization: Digest …` header replacing any other, or unchanged while the
    /// challenge's `realm` and `nonce` are not known yet.
    package static func sign(_ request: HTTPRequest, parameters: AuthParameters) throws(AuthorizationError) -> HTTPRequest {
        guard parameters["realm"] != nil, parameters["nonce"] != nil else { return request }
        guard parameters["username"] != nil else { throw .missingParameter(auth: "digest", name: "username") }
        var signed = request
        signed.headers.remove("Authorization")
        let target = RequestTarget(request.url)
        let header = try authorizationHeader(
            parameters: parameters, method: request.method, uri: target.pathAndQuery, body: request.body ?? Data())
        signed.headers.add("Authorization", header)
        return signed
    }

    /// The `Authorization` header value for `method` and `uri`; `body` matters only for `qop=auth-int`.
    package static func authorizationHeader(
        parameters: AuthParameters, method: String, uri: String, body: Data
    ) throws(AuthorizationError) -> String {
        let algorithmName = parameters["algorithm"] ?? "MD5"
        let hash: HashAlgorithm
        switch algorithmName {
        case "MD5", "MD5-sess": hash = .md5
        case "SHA-256", "SHA-256-sess": hash = .sha256
        case "SHA-512-256", "SHA-512-256-sess": hash = .sha512_256
        default: throw .unsupportedAlgorithm(auth: "digest", algorithm: algorithmName)
        }
        func h(_ text: String) -> String { Hex.encode(hash.hash(text)) }

        let username = parameters["username"] ?? ""
        let realm = parameters["realm"] ?? ""
        let password = parameters["password"] ?? ""
        let nonce = parameters["nonce"] ?? ""
        let nonceCount = parameters["nonceCount"]
        let clientNonce = parameters["clientNonce"] ?? ""
        // Postman signs with qop only when it is exactly one of the two known values.
        let qop = parameters["qop"].flatMap { $0 == "auth" || $0 == "auth-int" ? $0 : nil }

        var a1 = "\(username):\(realm):\(password)"
        if algorithmName.hasSuffix("-sess") {
            a1 = "\(h(a1)):\(nonce):\(clientNonce)"
        }
        var a2 = "\(method):\(uri)"
        if qop == "auth-int" {
            a2 += ":" + Hex.encode(hash.hash(body))
        }
        let response: String
        if let qop {
            response = h([h(a1), nonce, nonceCount ?? "", clientNonce, qop, h(a2)].joined(separator: ":"))
        } else {
            response = h([h(a1), nonce, h(a2)].joined(separator: ":"))
        }

        var fields = [
            "username=\"\(username)\"", "realm=\"\(realm)\"", "nonce=\"\(nonce)\"", "uri=\"\(uri)\"",
            "algorithm=\"\(algorithmName)\"",
        ]
        if let qop { fields.append("qop=\(qop)") }
        if qop != nil || algorithmName == "MD5-sess" {
            if let nonceCount { fields.append("nc=\(nonceCount)") }
            fields.append("cnonce=\"\(clientNonce)\"")
        }
        fields.append("response=\"\(response)\"")
        if let opaque = parameters["opaque"] { fields.append("opaque=\"\(opaque)\"") }
        return "Digest " + fields.joined(separator: ", ")
    }

    /// Postman's post-response step: on a 401 or 403 carrying a Digest challenge with parameters the auth doesn't
    /// already hold, store them (with a fresh client nonce and `nc=00000001` when qop is in play) and replay;
    /// otherwise advance `nonceCount`. `disableRetryRequest` turns the replay off.
    ///
    /// Unlike Postman, a challenge offering several qop values (`qop="auth, auth-int"`, as in RFC 7616's
    /// examples) selects `auth` (else the first), where Postman would store the whole list and sign without qop.
    package static func followUp(after response: HTTPResponse, parameters: AuthParameters, context: SigningContext) -> AuthorizationFollowUp {
        if parameters.isOn("disableRetryRequest") { return .done(parameters) }
        if response.status == 401 || response.status == 403,
           let challenge = DigestChallenge.select(from: response.headers, preferring: parameters["algorithm"]) {
            var learned: [String: String] = ["nonce": challenge.nonce, "realm": challenge.realm]
            if let opaque = challenge.opaque, !opaque.isEmpty { learned["opaque"] = opaque }
            if !challenge.qopOptions.isEmpty {
                learned["qop"] = challenge.qopOptions.contains("auth") ? "auth" : challenge.qopOptions[0]
            }
            if learned["qop"] != nil || parameters["qop"] != nil {
                learned["clientNonce"] = context.randomString(clientNonceLength, SigningContext.alphanumerics)
                learned["nonceCount"] = "00000001"
            }
            let alreadyKnown = learned.allSatisfy { key, value in value.isEmpty || parameters[key] != nil }
            if alreadyKnown { return .done(parameters) }
            var updated = parameters
            updated.values.merge(learned) { _, new in new }
            return .replay(updated)
        }
        var updated = parameters
        updated.values["nonceCount"] = nextNonceCount(after: parameters["nonceCount"])
        return .done(updated)
    }

    /// `00000001` after nothing, garbage or the eight-digit maximum, else the count plus one, zero-padded to eight
    /// digits.
    static func nextNonceCount(after current: String?) -> String {
        let digits = current.map { $0.prefix { $0.isASCII && $0.isNumber } } ?? ""
        guard let count = Int(digits), count < 99_999_999 else { return "00000001" }
        let next = String(count + 1)
        return String(repeating: "0", count: max(0, 8 - next.count)) + next
    }
}
