import Crypto
import Foundation
import Transport

/// OAuth 1.0a request signing (RFC 5849) as postman-runtime's `oauth1` handler does it.
///
/// Parameters use Postman's names: `consumerKey`, `consumerSecret`, `token`, `tokenSecret`, `signatureMethod`
/// (`HMAC-SHA1`, `HMAC-SHA256`, `HMAC-SHA512`, `PLAINTEXT`; `RSA-*` is unsupported), `timestamp`, `nonce`,
/// `version`, `realm`, `callback`, `verifier`, `includeBodyHash`, `addParamsToHeader`, `addEmptyParamsToSign`,
/// `disableHeaderEncoding`. A missing nonce or timestamp is generated from `context`.
package enum OAuth1Authorization {
    /// The `oauth_*` names Postman strips from the query and body before signing.
    static let protocolParameterNames: Set<String> = [
        "oauth_consumer_key", "oauth_token", "oauth_signature_method", "oauth_timestamp", "oauth_nonce",
        "oauth_version", "oauth_signature", "oauth_callback", "oauth_verifier", "oauth_body_hash",
    ]

    /// node-oauth1's nonce alphabet, including its quirks (no `Y` or `j`, a second `T`).
    static let nonceAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXTZabcdefghiklmnopqrstuvwxyz"

    /// Everything a signature is computed from, kept for tests and for placing the result.
    struct Signing {
        var request: HTTPRequest
        var isFormBody: Bool
        var protocolParameters: [(name: String, value: String)]
        var baseString: String
        var signature: String
    }

    /// The request signed, with the `oauth_*` parameters in the header, the form body or the query.
    package static func sign(
        _ request: HTTPRequest, parameters: AuthParameters, context: SigningContext
    ) throws(AuthorizationError) -> HTTPRequest {
        var signing = try prepare(request, parameters: parameters, context: context)
        var signed = signing.request
        signing.protocolParameters.append(("oauth_signature", signing.signature))
        if parameters.isOn("addParamsToHeader") {
            signed.headers.add("Authorization", authorizationHeader(
                realm: parameters["realm"], parameters: signing.protocolParameters,
                encoded: !parameters.isOn("disableHeaderEncoding")))
        } else if signing.isFormBody, signed.method.contains("PUT") || signed.method.contains("POST") {
            let existing = signed.body.map { String(decoding: $0, as: UTF8.self) } ?? ""
            let added = signing.protocolParameters.map { "\(FormEncoding.percentEncode($0.name))=\(FormEncoding.percentEncode($0.value))" }
            signed.body = Data(([existing].filter { !$0.isEmpty } + added).joined(separator: "&").utf8)
        } else {
            // Postman re-encodes the query to RFC 3986 before appending, as OAuth requires.
            let target = RequestTarget(signed.url)
            var pairs = FormEncoding.pairs(target.query ?? "").map { pair in
                pair.value.map { "\(FormEncoding.percentEncode(pair.name))=\(FormEncoding.percentEncode($0))" }
                    ?? FormEncoding.percentEncode(pair.name)
            }
            pairs += signing.protocolParameters.map { "\(FormEncoding.percentEncode($0.name))=\(FormEncoding.percentEncode($0.value))" }
            signed.url = signed.url.replacingPercentEncodedQuery(pairs.joined(separator: "&"))
        }
        return signed
    }

    /// The signature base string (RFC 5849 §3.4.1) the request would be signed over.
    package static func signatureBaseString(
        for request: HTTPRequest, parameters: AuthParameters, context: SigningContext
    ) throws(AuthorizationError) -> String {
        try prepare(request, parameters: parameters, context: context).baseString
    }

    static func prepare(
        _ request: HTTPRequest, parameters: AuthParameters, context: SigningContext
    ) throws(AuthorizationError) -> Signing {
        let method = parameters["signatureMethod"] ?? "HMAC-SHA1"
        let hash: HashAlgorithm?
        switch method {
        case "HMAC-SHA1": hash = .sha1
        case "HMAC-SHA256": hash = .sha256
        case "HMAC-SHA512": hash = .sha512
        case "PLAINTEXT": hash = nil
        default: throw .unsupportedAlgorithm(auth: "oauth1", algorithm: method)
        }
        guard let consumerKey = parameters["consumerKey"] else { throw .missingParameter(auth: "oauth1", name: "consumerKey") }
        guard let consumerSecret = parameters["consumerSecret"] else {
            throw .missingParameter(auth: "oauth1", name: "consumerSecret")
        }
        let keepEmpty = parameters.isOn("addEmptyParamsToSign")
        // Without addEmptyParamsToSign, Postman drops parameters that are blank after trimming.
        func value(_ name: String) -> String? {
            guard let raw = parameters.values[name] else { return nil }
            return !keepEmpty && raw.trimmingSpaces().isEmpty ? nil : raw
        }

        var request = request
        request.headers.remove("Authorization")
        let target = RequestTarget(request.url)
        let queryPairs = FormEncoding.pairs(target.query ?? "").filter { !protocolParameterNames.contains($0.name) }
        request.url = request.url.replacingPercentEncodedQuery(queryPairs.map { String($0.raw) }.joined(separator: "&"))
        let isFormBody = request.headers["Content-Type"]?.lowercased().hasPrefix("application/x-www-form-urlencoded") ?? false
        var bodyPairs: [FormEncoding.Pair] = []
        if isFormBody, let body = request.body {
            bodyPairs = FormEncoding.pairs(String(decoding: body, as: UTF8.self)).filter { !protocolParameterNames.contains($0.name) }
            request.body = Data(bodyPairs.map { String($0.raw) }.joined(separator: "&").utf8)
        }

        let nonce = parameters["nonce"] ?? context.randomString(11, nonceAlphabet)
        let timestamp = parameters["timestamp"] ?? String(Int(context.now().timeIntervalSince1970.rounded(.down)))
        var bodyHash: String?
        if !isFormBody, parameters.isOn("includeBodyHash"), let hash {
            bodyHash = Base64.encode(hash.hash(request.body ?? Data()))
        }

        var protocolParameters: [(name: String, value: String)] = []
        let candidates: [(String, String?)] = [
            ("oauth_consumer_key", consumerKey), ("oauth_token", value("token")),
            ("oauth_signature_method", method), ("oauth_timestamp", timestamp), ("oauth_nonce", nonce),
            ("oauth_version", value("version")),
        ]
        for (name, value) in candidates where value.map({ !$0.isEmpty }) ?? false || keepEmpty {
            protocolParameters.append((name, value ?? ""))
        }
        // Extensions are signed only when set, whatever addEmptyParamsToSign says (postman-app-support#8737).
        for (name, value) in [("oauth_body_hash", bodyHash), ("oauth_callback", value("callback")), ("oauth_verifier", value("verifier"))] {
            if let value, !value.isEmpty { protocolParameters.append((name, value)) }
        }

        let signedPairs = queryPairs.map { ($0.name, $0.value ?? "") } + protocolParameters.map { ($0.name, $0.value) }
            + bodyPairs.map { ($0.name, $0.value ?? "") }
        let normalized = signedPairs
            .map { (FormEncoding.percentEncode($0.0), FormEncoding.percentEncode($0.1)) }
            .sorted { "\($0.0) \($0.1)" < "\($1.0) \($1.1)" }
            .map { "\($0.0)=\($0.1)" }
            .joined(separator: "&")
        let baseString = [request.method.uppercased(), baseURL(target), normalized]
            .map { FormEncoding.percentEncode($0) }
            .joined(separator: "&")

        let key = FormEncoding.percentEncode(consumerSecret) + "&" + FormEncoding.percentEncode(parameters["tokenSecret"] ?? "")
        let signature = hash.map { Base64.encode($0.authenticationCode(for: baseString, key: key)) } ?? key
        return Signing(request: request, isFormBody: isFormBody, protocolParameters: protocolParameters,
                       baseString: baseString, signature: signature)
    }

    /// `scheme://host[:port]/path`, lowercased scheme and host; Postman drops port 80 and 443 whatever the scheme.
    static func baseURL(_ target: RequestTarget) -> String {
        let keepsPort = target.port.map { $0 != 80 && $0 != 443 } ?? false
        let authority = keepsPort ? target.hostAndPort : target.host
        return "\(target.scheme)://\(authority.lowercased())\(target.path)"
    }

    /// `OAuth realm="…",oauth_…="…"`: empty values are left out, values are trimmed, and both sides are
    /// percent-encoded unless `encoded` is false.
    static func authorizationHeader(realm: String?, parameters: [(name: String, value: String)], encoded: Bool) -> String {
        var fields: [String] = []
        if let realm, !realm.trimmingSpaces().isEmpty {
            fields.append("realm=\"\(encoded ? FormEncoding.percentEncode(realm) : realm)\"")
        }
        for (name, value) in parameters where !value.isEmpty && name.hasPrefix("oauth_") {
            let trimmed = value.trimmingSpaces()
            fields.append(encoded
                ? "\(FormEncoding.percentEncode(name))=\"\(FormEncoding.percentEncode(trimmed))\""
                : "\(name)=\"\(trimmed)\"")
        }
        return "OAuth " + fields.joined(separator: ",")
    }
}
