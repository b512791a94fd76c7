import Crypto
import Foundation
import Transport

/// AWS Signature Version 4 as postman-runtime's `awsv4` handler does it with the `aws4` library: header signing,
/// or presigned query parameters with `addAuthDataToQuery`.
///
/// Parameters use Postman's names: `accessKey`, `secretKey`, `sessionToken`, `service` (default `execute-api`),
/// `region` (default `us-east-1`), `addAuthDataToQuery`. The time comes from `context`.
package enum AWSSignatureV4Authorization {
    static let removedHeaders = ["Authorization", "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Content-Sha256"]
    static let removedQueryParameters: Set<String> = [
        "X-Amz-Security-Token", "X-Amz-Date", "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-SignedHeaders", "X-Amz-Signature",
    ]
    /// Headers `aws4` never signs.
    static let unsignedHeaders: Set<String> = [
        "authorization", "connection", "x-amzn-trace-id", "user-agent", "expect", "presigned-expires", "range",
    ]
    static let emptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    package static func sign(
        _ request: HTTPRequest, parameters: AuthParameters, context: SigningContext
    ) throws(AuthorizationError) -> HTTPRequest {
        guard let accessKey = parameters["accessKey"] else { throw .missingParameter(auth: "awsv4", name: "accessKey") }
        guard let secretKey = parameters["secretKey"] else { throw .missingParameter(auth: "awsv4", name: "secretKey") }
        let service = parameters["service"] ?? "execute-api"
        let region = parameters["region"] ?? "us-east-1"
        let signQuery = parameters.isOn("addAuthDataToQuery")
        let sessionToken = parameters["sessionToken"]
        let dateTime = UTCTimestamp(context.now()).basicISO8601
        let credentialScope = "\(dateTime.prefix(8))/\(region)/\(service)/aws4_request"

        var signed = request
        for name in removedHeaders { signed.headers.remove(name) }
        let target = RequestTarget(request.url)
        var query = FormEncoding.pairs(target.query ?? "").filter { !removedQueryParameters.contains($0.name) }
        var queryRaw = query.map { String($0.raw) }

        // Header mode: Postman hashes a non-empty body itself and signs the hash as X-Amz-Content-Sha256.
        if !signQuery, let body = request.body, !body.isEmpty {
            signed.headers.set("X-Amz-Content-Sha256", Hex.encode(SHA256.hash(body)))
        }
        if !signed.headers.contains("Host") {
            signed.headers.add("Host", target.hostAndPort)
        }
        var added: [(String, String)] = []
        if signQuery {
            if let sessionToken { added.append(("X-Amz-Security-Token", sessionToken)) }
            if service == "s3", !query.contains(where: { $0.name == "X-Amz-Expires" }) { added.append(("X-Amz-Expires", "86400")) }
            added.append(("X-Amz-Date", dateTime))
            added.append(("X-Amz-Algorithm", "AWS4-HMAC-SHA256"))
            added.append(("X-Amz-Credential", "\(accessKey)/\(credentialScope)"))
            added.append(("X-Amz-SignedHeaders", signedHeaderNames(signed.headers)))
            query += added.map { FormEncoding.Pair(raw: "", name: $0.0, value: $0.1) }
        } else {
            if let sessionToken { signed.headers.add("X-Amz-Security-Token", sessionToken) }
            if service == "s3", !signed.headers.contains("X-Amz-Content-Sha256") {
                signed.headers.add("X-Amz-Content-Sha256", emptyPayloadHash)
            }
            signed.headers.add("X-Amz-Date", dateTime)
        }

        let payloadHash = service == "s3" && signQuery
            ? "UNSIGNED-PAYLOAD" : signed.headers["X-Amz-Content-Sha256"] ?? emptyPayloadHash
        let canonicalRequest = [
            request.method,
            canonicalPath(target.path, service: service),
            canonicalQuery(query, service: service),
            canonicalHeaders(signed.headers) + "\n",
            signedHeaderNames(signed.headers),
            payloadHash,
        ].joined(separator: "\n")
        let stringToSign = ["AWS4-HMAC-SHA256", dateTime, credentialScope, Hex.encode(SHA256.hash(canonicalRequest))]
            .joined(separator: "\n")
        var key = HMAC<SHA256>.authenticationCode(for: Array(dateTime.prefix(8).utf8), key: Array("AWS4\(secretKey)".utf8))
        for part in [region, service, "aws4_request"] {
            key = HMAC<SHA256>.authenticationCode(for: Array(part.utf8), key: key)
        }
        let signature = Hex.encode(HMAC<SHA256>.authenticationCode(for: Array(stringToSign.utf8), key: key))

        if signQuery {
            added.append(("X-Amz-Signature", signature))
            queryRaw += added.map { "\($0.0)=\(FormEncoding.percentEncode($0.1))" }
            signed.url = signed.url.replacingPercentEncodedQuery(queryRaw.joined(separator: "&"))
        } else {
            signed.url = signed.url.replacingPercentEncodedQuery(queryRaw.joined(separator: "&"))
            signed.headers.add("Authorization", "AWS4-HMAC-SHA256 Credential=\(accessKey)/\(credentialScope), "
                + "SignedHeaders=\(signedHeaderNames(signed.headers)), Signature=\(signature)")
        }
        return signed
    }

    /// Non-S3 services: collapse repeated slashes, resolve `.` and `..`, and encode each segment again (so `%20`
    /// becomes `%2520`, as AWS requires). S3: decode and encode each segment once, keeping `/`.
    static func canonicalPath(_ path: String, service: String) -> String {
        guard path != "/" else { return path }
        let isS3 = service == "s3"
        var source = path
        if !isS3 {
            while source.contains("//") { source = source.replacingOccurrences(of: "//", with: "/") }
        }
        var segments: [String] = []
        for piece in source.split(separator: "/", omittingEmptySubsequences: false) {
            if !isS3, piece == ".." {
                if !segments.isEmpty { segments.removeLast() }
            } else if isS3 || piece != "." {
                let raw = isS3 ? FormEncoding.percentDecode(piece) : String(piece)
                segments.append(FormEncoding.percentEncode(raw))
            }
        }
        var result = segments.joined(separator: "/")
        if !result.hasPrefix("/") { result = "/" + result }
        if isS3 { result = result.replacingOccurrences(of: "%2F", with: "/") }
        return result
    }

    /// Keys and values decoded, re-encoded per RFC 3986 and sorted; S3 keeps only a key's first value.
    static func canonicalQuery(_ pairs: [FormEncoding.Pair], service: String) -> String {
        var values: [String: [String]] = [:]
        for pair in pairs where !pair.name.isEmpty {
            values[FormEncoding.percentEncode(pair.name), default: []].append(FormEncoding.percentEncode(pair.value ?? ""))
        }
        return values.keys.sorted(by: utf16Order).flatMap { key in
            let list = values[key] ?? []
            let chosen = service == "s3" ? Array(list.prefix(1)) : list.sorted(by: utf16Order)
            return chosen.map { "\(key)=\($0)" }
        }.joined(separator: "&")
    }

    static func canonicalHeaders(_ headers: HTTPHeaders) -> String {
        signedHeaderValues(headers).map { "\($0.name):\($0.value)" }.joined(separator: "\n")
    }

    static func signedHeaderNames(_ headers: HTTPHeaders) -> String {
        signedHeaderValues(headers).map(\.name).joined(separator: ";")
    }

    /// Lowercased names in order, values trimmed with inner whitespace runs collapsed; repeats joined by commas.
    private static func signedHeaderValues(_ headers: HTTPHeaders) -> [(name: String, value: String)] {
        var merged: [String: [String]] = [:]
        for field in headers {
            let name = field.name.lowercased()
            guard !unsignedHeaders.contains(name) else { continue }
            merged[name, default: []].append(field.value)
        }
        return merged.keys.sorted(by: utf16Order).map { name in
            let value = (merged[name] ?? []).joined(separator: ",")
            let collapsed = value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
                .joined(separator: " ")
            return (name, collapsed)
        }
    }

    /// JavaScript's default sort order, which the reference library uses.
    static func utf16Order(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf16.lexicographicallyPrecedes(rhs.utf16)
    }
}
