import Foundation
import Transport

/// Serves the requests of one accepted connection, in order, until it closes.
final class HTTPConnection {
    private let socket: Socket
    private let state: ServerState
    private var buffer: [UInt8] = []
    private var cursor = 0
    private var scratch = [UInt8](repeating: 0, count: 64 * 1024)

    init(socket: Socket, state: ServerState) {
        self.socket = socket
        self.state = state
    }

    func serve() {
        while !state.isStopping {
            var started = ContinuousClock.now
            var current: RequestHead?
            do {
                compact()
                guard let head = try readHead() else { return }
                started = ContinuousClock.now
                current = head
                let body = try readBody(for: head)
                let request = ServerRequest(
                    method: head.method, target: head.target, headers: head.headers, body: body,
                    httpVersion: head.httpVersion)
                let response = state.handler(request)
                let keepAlive = head.wantsKeepAlive && !state.isStopping && response.fault == nil
                let written = write(response, for: head, keepAlive: keepAlive)
                state.log(head.method, head.target, response.status, written, started)
                guard keepAlive, written >= 0 else { return }
            } catch {
                guard let response = error.response else { return }
                let written = write(response, for: nil, keepAlive: false)
                state.log(current?.method ?? "-", current?.target ?? "-", response.status, written, started)
                lingerAndClose()
                return
            }
        }
    }

    // MARK: Reading

    /// Waits for more bytes; throws `.closed` on end of stream, error, idle timeout or stop.
    private func fill() throws(RequestFailure) {
        guard socket.waitReadable(wake: state.wakeDescriptor, timeoutMilliseconds: state.idleMilliseconds),
            socket.receive(into: &buffer, scratch: &scratch) > 0
        else { throw .closed }
    }

    private func compact() {
        if cursor > 0 {
            buffer.removeFirst(cursor)
            cursor = 0
        }
    }

    /// Reads up to the blank line after the headers; nil when the peer closed cleanly between requests.
    private func readHead() throws(RequestFailure) -> RequestHead? {
        var scanned = cursor
        while true {
            if let end = headEnd(from: &scanned) {
                guard end.head - cursor <= state.limits.maxHeaderBytes else { throw .headersTooLarge }
                let head = try RequestHead.parse(buffer[cursor..<end.head])
                cursor = end.next
                return head
            }
            if buffer.count - cursor > state.limits.maxHeaderBytes { throw .headersTooLarge }
            do {
                try fill()
            } catch {
                if buffer.count == cursor || buffer[cursor...].allSatisfy({ $0 == 0x0D || $0 == 0x0A }) {
                    return nil
                }
                throw error
            }
        }
    }

    /// Finds the empty line ending the head (CRLF or bare LF), skipping blank lines before the request line.
    private func headEnd(from scanned: inout Int) -> (head: Int, next: Int)? {
        while cursor < buffer.count, buffer[cursor] == 0x0D || buffer[cursor] == 0x0A {
            cursor += 1
        }
        scanned = max(scanned, cursor)
        while scanned < buffer.count {
            if buffer[scanned] == 0x0A {
                var lineStart = scanned + 1
                if lineStart < buffer.count, buffer[lineStart] == 0x0D { lineStart += 1 }
                if lineStart < buffer.count, buffer[lineStart] == 0x0A { return (scanned, lineStart + 1) }
                if lineStart >= buffer.count { return nil }
            }
            scanned += 1
        }
        return nil
    }

    private func readBody(for head: RequestHead) throws(RequestFailure) -> Data {
        let limit = state.limits.maxBodyBytes
        let codings = head.headers.values(for: "Transfer-Encoding").flatMap { $0.split(separator: ",") }
            .map { $0.trimmingSpaces.lowercased() }.filter { !$0.isEmpty }
        var length = 0
        if !codings.isEmpty {
            guard codings == ["chunked"] else {
                throw .unsupportedTransferCoding(codings.joined(separator: ", "))
            }
        } else {
            let declared = head.headers.values(for: "Content-Length").flatMap { $0.split(separator: ",") }
                .map { $0.trimmingSpaces }
            if let first = declared.first {
                guard declared.allSatisfy({ $0 == first }), !first.isEmpty, first.utf8.count <= 18,
                    first.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(first)
                else { throw .badRequest("invalid Content-Length") }
                guard value <= limit else { throw .bodyTooLarge(limit: limit) }
                length = value
            }
        }
        let hasBody = !codings.isEmpty || length > 0
        if let expect = head.headers["Expect"] {
            guard expect.lowercased() == "100-continue" else { throw .expectationFailed(expect) }
            if hasBody && head.httpVersion == "HTTP/1.1" && buffer.count == cursor {
                guard socket.sendAll(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)) else { throw .closed }
            }
        }
        if !codings.isEmpty { return try readChunkedBody(limit: limit) }
        while buffer.count - cursor < length { try fill() }
        let body = Data(buffer[cursor..<cursor + length])
        cursor += length
        return body
    }

    private func readChunkedBody(limit: Int) throws(RequestFailure) -> Data {
        var body = Data()
        while true {
            let line = try readLine(limit: 4096)
            let sizeText = line.prefix { $0 != UInt8(ascii: ";") }.trimmingSpacesAndTabs
            // Int(_:radix:) would accept a sign; chunk sizes are bare hex digits.
            guard !sizeText.isEmpty, sizeText.count <= 15, sizeText.allSatisfy(Self.isHexDigit),
                let size = Int(String(decoding: sizeText, as: UTF8.self), radix: 16)
            else { throw .badRequest("malformed chunk size") }
            if size == 0 { break }
            guard body.count + size <= limit else { throw .bodyTooLarge(limit: limit) }
            while buffer.count - cursor < size { try fill() }
            body.append(contentsOf: buffer[cursor..<cursor + size])
            cursor += size
            guard try readLine(limit: 2).isEmpty else { throw .badRequest("chunk data longer than its size") }
        }
        var trailerBytes = 0
        while true {
            let line = try readLine(limit: state.limits.maxHeaderBytes)
            if line.isEmpty { return body }
            trailerBytes += line.count
            guard trailerBytes <= state.limits.maxHeaderBytes else { throw .headersTooLarge }
            _ = try RequestHead.parseField(line)
        }
    }

    /// One line without its CRLF (or bare LF).
    private func readLine(limit: Int) throws(RequestFailure) -> ArraySlice<UInt8> {
        var scanned = cursor
        while true {
            while scanned < buffer.count {
                if buffer[scanned] == 0x0A {
                    var line = buffer[cursor..<scanned]
                    if line.last == 0x0D { line = line.dropLast() }
                    cursor = scanned + 1
                    return line
                }
                scanned += 1
                if scanned - cursor > limit + 1 { throw .badRequest("malformed chunked body") }
            }
            try fill()
        }
    }

    // MARK: Writing

    /// Sends the response; returns the body bytes written, or -1 when the peer is gone.
    private func write(_ response: ServerResponse, for head: RequestHead?, keepAlive: Bool) -> Int {
        if response.fault == .closeWithoutResponse { return -1 }
        let isHead = head?.method == "HEAD"
        let bodyAllowed = !(100..<200).contains(response.status) && response.status != 204 && response.status != 304
        var text = "HTTP/1.1 \(response.status) \(Self.clean(response.reason))\r\n"
        for field in response.headers {
            let lower = field.name.lowercased()
            if lower == "content-length" || lower == "transfer-encoding" || lower == "connection" { continue }
            guard !field.name.isEmpty, field.name.utf8.allSatisfy(RequestHead.isTokenByte) else { continue }
            text += "\(field.name): \(Self.clean(field.value))\r\n"
        }
        if bodyAllowed {
            if case .truncateBody(let declared) = response.fault {
                text += "Content-Length: \(declared)\r\n"
            } else {
                text += "Content-Length: \(response.body.count)\r\n"
            }
        }
        if !keepAlive {
            text += "Connection: close\r\n"
        } else if head?.httpVersion == "HTTP/1.0" {
            text += "Connection: keep-alive\r\n"
        }
        text += "\r\n"
        var bytes = Array(text.utf8)
        let sendsBody = bodyAllowed && !isHead
        if sendsBody { bytes.append(contentsOf: response.body) }
        guard socket.sendAll(bytes) else { return -1 }
        return sendsBody ? response.body.count : 0
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }

    private static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(scalar == "\r" || scalar == "\n" ? " " : scalar)
        }
        return String(scalars)
    }

    /// Stops writing, then reads briefly so the peer gets our error response instead of a reset.
    private func lingerAndClose() {
        socket.shutdownWrite()
        var sink: [UInt8] = []
        var drained = 0
        while drained < 256 * 1024, socket.waitReadable(wake: state.wakeDescriptor, timeoutMilliseconds: 200) {
            sink.removeAll(keepingCapacity: true)
            let count = socket.receive(into: &sink, scratch: &scratch)
            if count <= 0 { return }
            drained += count
        }
    }
}

extension ArraySlice<UInt8> {
    var trimmingSpacesAndTabs: ArraySlice<UInt8> {
        var slice = self
        while let byte = slice.first, byte == 0x20 || byte == 0x09 { slice.removeFirst() }
        while let byte = slice.last, byte == 0x20 || byte == 0x09 { slice.removeLast() }
        return slice
    }
}
