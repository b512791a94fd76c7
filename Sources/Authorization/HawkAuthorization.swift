import Crypto
import Foundation
import Transport

/// Hawk request authentication (hapijs/hawk, header scheme version 1) as postman-runtime's `hawk` handler does it
/// through postman-request's Hawk client.
///
/// Parameters use Postman's names: `authId`, `authKey`, `algorithm` (`sha256` or `sha1`), `nonce`, `timestamp`,
/// `extraData` (ext), `app`, `delegation` (dlg), `user` (accepted, not sent: Postman doesn't send it either),
/// `includePayloadHash`. A missing nonce (6 letters or digits) or timestamp comes from `context`.
package enum HawkAuthorization {
    package static func sign(
        _ request: HTTPRequest, parameters: AuthParameters, context: SigningContext
    ) throws(AuthorizationError) -> HTTPRequest {
        guard let id = parameters["authId"] else { throw .missingParameter(auth: "hawk", name: "authId") }
        guard let key = parameters["authKey"] else { throw .missingParameter(auth: "hawk", name: "authKey") }
        guard let algorithmName = parameters["algorithm"] else { throw .missingParameter(auth: "hawk", name: "algorithm") }
        let algorithm: HashAlgorithm
        switch algorithmName {
        case "sha256": algorithm = .sha256
        case "sha1": algorithm = .sha1
        default: throw .unsupportedAlgorithm(auth: "hawk", algorithm: algorithmName)
        }
        let nonce = parameters["nonce"] ?? context.randomString(6, SigningContext.alphanumerics)
        // Postman replaces a timestamp that doesn't parse to a non-zero integer.
        let timestamp = parameters["timestamp"].flatMap { Int($0.prefix { $0.isASCII && ($0.isNumber || $0 == "-") }) }
            .flatMap { $0 == 0 ? nil : String($0) }
            ?? String(Int(context.now().timeIntervalSince1970.rounded(.down)))

        var payloadHash: String?
        if parameters.isOn("includePayloadHash"), let body = request.body, !body.isEmpty {
            payloadHash = Self.payloadHash(body, contentType: request.headers["Content-Type"], algorithm: algorithm)
        }

        let target = RequestTarget(request.url)
        let port = target.port.map(String.init) ?? (target.scheme == "http" ? "80" : "443")
        var normalized = "hawk.1.header\n\(timestamp)\n\(nonce)\n\(request.method.uppercased())\n\(target.pathAndQuery)\n"
            + "\(FormEncoding.percentDecode(target.host, plusIsSpace: false).lowercased())\n\(port)\n\(payloadHash ?? "")\n"
        let ext = parameters["extraData"]
        if let ext {
            // The client escapes only the first backslash and the first line feed here (a JavaScript
            // `String.replace` with a string pattern); signing must match it byte for byte.
            normalized += ext.replacingFirst("\\", with: "\\\\").replacingFirst("\n", with: "\\n")
        }
        normalized += "\n"
        let app = parameters["app"]
        if let app {
            normalized += "\(app)\n\(parameters["delegation"] ?? "")\n"
        }
        let mac = Base64.encode(algorithm.authenticationCode(for: normalized, key: key))

        var header = "Hawk id=\"\(id)\", ts=\"\(timestamp)\", nonce=\"\(nonce)\""
        if let payloadHash { header += ", hash=\"\(payloadHash)\"" }
        if let ext {
            let escaped = ext.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            header += ", ext=\"\(escaped)\""
        }
        header += ", mac=\"\(mac)\""
        if let app {
            header += ", app=\"\(app)\""
            if let delegation = parameters["delegation"] { header += ", dlg=\"\(delegation)\"" }
        }

        var signed = request
        signed.headers.remove("Authorization")
        signed.headers.add("Authorization", header)
        return signed
    }

    /// `hawk.1.payload\n<mime type>\n<body>\n`, hashed and base64-encoded; the mime type drops parameters and case.
    static func payloadHash(_ body: Data, contentType: String?, algorithm: HashAlgorithm) -> String {
        let mimeType = contentType.map { $0.split(separator: ";", omittingEmptySubsequences: false).first.map { $0.trimmingSpaces().lowercased() } ?? "" } ?? ""
        var hasher = algorithm.makeHasher()
        hasher.update("hawk.1.payload\n\(mimeType)\n")
        hasher.update(body)
        hasher.update("\n")
        return Base64.encode(hasher.finalize())
    }
}
