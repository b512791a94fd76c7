import Transport

/// The request line and header fields of one request, validated.
struct RequestHead: Sendable {
    var method: String
    var target: String
    var httpVersion: String
    var headers: HTTPHeaders

    /// Parses the head bytes (without the blank line that ends them).
    static func parse(_ bytes: ArraySlice<UInt8>) throws(RequestFailure) -> RequestHead {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            line.last == UInt8(ascii: "\r") ? line.dropLast() : line
        }
        while let first = lines.first, first.isEmpty { lines.removeFirst() }
        guard let requestLine = lines.first else { throw .badRequest("empty request") }
        let parts = requestLine.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw .badRequest("malformed request line") }
        let method = parts[0], target = parts[1], version = parts[2]
        guard !method.isEmpty, method.allSatisfy(isTokenByte) else { throw .badRequest("malformed request method") }
        guard !target.isEmpty, target.allSatisfy({ $0 > 0x20 && $0 != 0x7F }) else {
            throw .badRequest("malformed request target")
        }
        let versionText = String(decoding: version, as: UTF8.self)
        switch versionText {
        case "HTTP/1.1", "HTTP/1.0": break
        case _ where versionText.hasPrefix("HTTP/") && versionText.utf8.count == 8:
            throw .unsupportedVersion(versionText)
        default: throw .badRequest("malformed HTTP version")
        }
        var headers = HTTPHeaders()
        for line in lines.dropFirst() {
            headers.add(contentsOf: try parseField(line))
        }
        return RequestHead(
            method: String(decoding: method, as: UTF8.self), target: String(decoding: target, as: UTF8.self),
            httpVersion: versionText, headers: headers)
    }

    /// Parses one `Name: value` line; also used for chunked trailers.
    static func parseField(_ line: ArraySlice<UInt8>) throws(RequestFailure) -> HTTPField {
        guard let first = line.first else { throw .badRequest("empty header line") }
        guard first != UInt8(ascii: " "), first != UInt8(ascii: "\t") else {
            throw .badRequest("folded header lines are not allowed")
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { throw .badRequest("header line without ':'") }
        let name = line[..<colon]
        guard !name.isEmpty, name.allSatisfy(isTokenByte) else { throw .badRequest("malformed header name") }
        var value = line[line.index(after: colon)...]
        while let byte = value.first, byte == 0x20 || byte == 0x09 { value.removeFirst() }
        while let byte = value.last, byte == 0x20 || byte == 0x09 { value.removeLast() }
        guard !value.contains(where: { $0 == 0 || $0 == 0x0D || $0 == 0x0A }) else {
            throw .badRequest("malformed header value")
        }
        return HTTPField(name: String(decoding: name, as: UTF8.self), value: String(decoding: value, as: UTF8.self))
    }

    /// RFC 9110 `tchar`.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }

    /// HTTP/1.1 keeps the connection unless told to close; HTTP/1.0 closes unless told to keep it.
    var wantsKeepAlive: Bool {
        let tokens = headers.values(for: "Connection").flatMap { $0.split(separator: ",") }
            .map { $0.trimmingSpaces.lowercased() }
        if tokens.contains("close") { return false }
        return httpVersion == "HTTP/1.1" || tokens.contains("keep-alive")
    }
}

extension HTTPHeaders {
    mutating func add(contentsOf field: HTTPField) {
        add(field.name, field.value)
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var slice = Substring(self)
        while let c = slice.first, c == " " || c == "\t" { slice.removeFirst() }
        while let c = slice.last, c == " " || c == "\t" { slice.removeLast() }
        return String(slice)
    }
}
