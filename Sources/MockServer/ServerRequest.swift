import Foundation
import Transport

/// One request as the server received it, with the body fully read.
package struct ServerRequest: Sendable {
    package var method: String
    /// The request-target exactly as sent, e.g. `/a%20b?x=1`.
    package var target: String
    /// The path part of the target with percent-escapes decoded, e.g. `/a b`.
    package var path: String
    /// The path part of the target as sent, e.g. `/a%20b`.
    package var rawPath: String
    /// The query as sent (without `?`), or nil when the target has none.
    package var rawQuery: String?
    /// Query parameters in order, percent-decoded; a name without `=` has the value "". `+` is kept as is.
    package var queryItems: [(name: String, value: String)]
    package var headers: HTTPHeaders
    package var body: Data
    /// `HTTP/1.1` or `HTTP/1.0`.
    package var httpVersion: String

    package init(
        method: String, target: String, headers: HTTPHeaders = [], body: Data = Data(),
        httpVersion: String = "HTTP/1.1"
    ) {
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
        self.httpVersion = httpVersion
        // absolute-form (`http://host/path`, as sent to proxies): the path starts after the authority.
        var pathStart = target.startIndex
        if let scheme = target.range(of: "://"), !target[..<scheme.lowerBound].contains("/") {
            pathStart = target[scheme.upperBound...].firstIndex { $0 == "/" || $0 == "?" } ?? target.endIndex
        }
        let pathEnd = target[pathStart...].firstIndex { $0 == "?" || $0 == "#" } ?? target.endIndex
        rawPath = pathStart == pathEnd ? "/" : String(target[pathStart..<pathEnd])
        path = Self.percentDecoded(rawPath)
        if let mark = target.firstIndex(of: "?") {
            let afterMark = target.index(after: mark)
            let queryEnd = target[afterMark...].firstIndex(of: "#") ?? target.endIndex
            let query = String(target[afterMark..<queryEnd])
            rawQuery = query
            queryItems = query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
                if let equals = pair.firstIndex(of: "=") {
                    return (
                        Self.percentDecoded(String(pair[..<equals])),
                        Self.percentDecoded(String(pair[pair.index(after: equals)...]))
                    )
                }
                return (Self.percentDecoded(String(pair)), "")
            }
        } else {
            rawQuery = nil
            queryItems = []
        }
    }

    /// The first query value called `name`.
    package func query(_ name: String) -> String? {
        queryItems.first { $0.name == name }?.value
    }

    /// The body as UTF-8 text (invalid bytes become U+FFFD).
    package var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// Decodes `%XX` escapes; malformed escapes are kept literally, invalid UTF-8 becomes U+FFFD.
    package static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        let source = Array(text.utf8)
        var index = 0
        while index < source.count {
            let byte = source[index]
            if byte == UInt8(ascii: "%"), index + 2 < source.count,
                let high = hexValue(source[index + 1]), let low = hexValue(source[index + 2])
            {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(byte)
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
