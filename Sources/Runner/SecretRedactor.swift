import Foundation
import Transport

/// Masks secret values as `***` wherever they would appear in output.
///
/// Secrets are the values of `secret`-typed variables, everything injected through `POSTIE_ENV_`/`POSTIE_GLOBAL_`,
/// auth credentials, and the values of Authorization, Proxy-Authorization and Cookie headers. Values shorter than
/// `minimumLength` are masked in headers only: masking every "1" in a report would make it unreadable.
package struct SecretRedactor: Sendable, Hashable {
    package static let mask = "***"
    package static let minimumLength = 3
    package static let sensitiveHeaders = ["Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie"]

    package private(set) var secrets: [String] = []

    package init(secrets: [String] = []) {
        for secret in secrets { add(secret) }
    }

    package mutating func add(_ secret: String) {
        guard secret.count >= Self.minimumLength, !secrets.contains(secret) else { return }
        secrets.append(secret)
        // Longest first, so a secret that contains another is masked whole.
        secrets.sort { $0.count > $1.count }
    }

    package func redact(_ text: String) -> String {
        guard !secrets.isEmpty else { return text }
        var result = text
        for secret in secrets where result.contains(secret) {
            result = result.replacingOccurrences(of: secret, with: Self.mask)
        }
        // URL-encoded forms of secrets show up in request lines.
        for secret in secrets {
            if let encoded = secret.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed),
                encoded != secret, result.contains(encoded)
            {
                result = result.replacingOccurrences(of: encoded, with: Self.mask)
            }
        }
        return result
    }

    package func redact(_ headers: HTTPHeaders) -> HTTPHeaders {
        HTTPHeaders(
            headers.fields.map { field in
                if Self.sensitiveHeaders.contains(where: { $0.caseInsensitiveEquals(field.name) }) {
                    return HTTPField(name: field.name, value: Self.mask)
                }
                return HTTPField(name: field.name, value: redact(field.value))
            })
    }

    package func redact(_ request: HTTPRequest) -> HTTPRequest {
        var copy = request
        copy.headers = redact(request.headers)
        if let url = URL(string: redact(request.url.absoluteString)) { copy.url = url }
        if let body = request.body, !secrets.isEmpty, let text = String(data: body, encoding: .utf8) {
            copy.body = Data(redact(text).utf8)
        }
        return copy
    }
}
