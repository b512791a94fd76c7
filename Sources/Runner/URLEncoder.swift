import Foundation

/// Percent-encodes a resolved URL string the way Postman does before sending it, then parses it.
///
/// Spaces become `%20` (also in the query, never `+`), non-ASCII becomes UTF-8 `%XX`, valid `%XX` escapes are
/// kept, and `+` is kept. Postman leaves `{ } | ^ [ ]` and backquote as they are; Foundation's URL parser
/// rejects them, so Postie encodes them, which servers decode to the same bytes.
package enum URLEncoder {
    package enum Failure: Error, Sendable, Hashable {
        case noHost
        case unparsable
    }

    package static func url(from text: String) -> Result<URL, Failure> {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        var scheme = "http"
        if let range = rest.range(of: "://") {
            let candidate = rest[..<range.lowerBound]
            if !candidate.isEmpty, candidate.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }) {
                scheme = candidate.lowercased()
                rest = rest[range.upperBound...]
            }
        }
        var fragment: Substring?
        if let hash = rest.firstIndex(of: "#") {
            fragment = rest[rest.index(after: hash)...]
            rest = rest[..<hash]
        }
        var query: Substring?
        if let question = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: question)...]
            rest = rest[..<question]
        }
        var authority = rest
        var path: Substring = ""
        if let slash = rest.firstIndex(of: "/") {
            authority = rest[..<slash]
            path = rest[slash...]
        }
        var userInfo: Substring?
        if let at = authority.lastIndex(of: "@") {
            userInfo = authority[..<at]
            authority = authority[authority.index(after: at)...]
        }
        guard !authority.isEmpty, !authority.hasPrefix(":") else { return .failure(.noHost) }
        var encoded = scheme + "://"
        if let userInfo { encoded += encode(userInfo, keeping: unreserved + "!$&'()*+,;=:") + "@" }
        encoded += authority.lowercased()
        encoded += path.isEmpty ? "" : encode(path, keeping: unreserved + "!$&'()*+,;=:@/")
        if let query { encoded += "?" + encode(query, keeping: unreserved + "!$&()*+,;=:@/?") }
        if let fragment { encoded += "#" + encode(fragment, keeping: unreserved + "!$&'()*+,;=:@/?") }
        guard let url = URL(string: encoded), let host = url.host, !host.isEmpty else {
            return .failure(.unparsable)
        }
        return .success(url)
    }

    private static let unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"

    private static func encode(_ text: Substring, keeping allowed: String) -> String {
        let allowedBytes = Set(allowed.utf8)
        let bytes = Array(text.utf8)
        var output = ""
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count, isHex(bytes[index + 1]), isHex(bytes[index + 2]) {
                output += String(decoding: bytes[index...index + 2], as: UTF8.self)
                index += 3
                continue
            }
            if allowedBytes.contains(byte) {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                output += String(format: "%%%02X", byte)
            }
            index += 1
        }
        return output
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }

    /// Encodes one urlencoded-form key or value: `%20` for space, as Postman sends forms.
    package static func formComponent(_ text: String) -> String {
        encode(Substring(text), keeping: unreserved + "!'()*")
    }
}
