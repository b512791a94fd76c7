#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// A test client that writes raw bytes to a socket and reads raw bytes back.
final class RawClient {
    private let descriptor: Int32
    private var pending: [UInt8] = []

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init(port: Int) throws {
        #if canImport(Darwin)
            let fd = socket(AF_INET, SOCK_STREAM, 0)
        #else
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        guard fd >= 0 else { throw Failure(description: "socket failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard rc == 0 else {
            _ = close(fd)
            throw Failure(description: "connect failed: errno \(errno)")
        }
        var on: Int32 = 1
        #if canImport(Darwin)
            _ = setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        #endif
        _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
        descriptor = fd
    }

    deinit {
        _ = close(descriptor)
    }

    func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) throws {
        #if canImport(Darwin)
            let flags: Int32 = 0
        #else
            let flags = Int32(MSG_NOSIGNAL)
        #endif
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { raw in
                posixSend(descriptor, raw.baseAddress.map { $0 + offset }, bytes.count - offset, flags)
            }
            guard sent > 0 else { throw Failure(description: "send failed: errno \(errno)") }
            offset += sent
        }
    }

    /// Reads one more chunk; returns false at end of stream. Fails after 10 s of silence so a bug cannot hang.
    private func fill() throws -> Bool {
        var fds = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
        guard poll(&fds, 1, 10_000) > 0 else { throw Failure(description: "no data within 10 s") }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, 65536, 0) }
        guard count > 0 else { return false }
        pending.append(contentsOf: chunk[0..<count])
        return true
    }

    /// Reads one response: the head, then `Content-Length` bytes of body (none for HEAD or 1xx/204/304).
    func readResponse(headRequest: Bool = false) throws -> RawResponse {
        while true {
            if let range = pending.firstRange(of: Array("\r\n\r\n".utf8)) {
                let head = String(decoding: pending[..<range.lowerBound], as: UTF8.self)
                var response = RawResponse(head: head, body: [])
                let length =
                    headRequest || response.status == 204 || response.status == 304
                        || (100..<200).contains(response.status)
                    ? 0 : (Int(response.header("Content-Length") ?? "0") ?? 0)
                while pending.count - range.upperBound < length {
                    guard try fill() else { throw Failure(description: "closed mid-body") }
                }
                response.body = Array(pending[range.upperBound..<range.upperBound + length])
                pending.removeFirst(range.upperBound + length)
                return response
            }
            guard try fill() else { throw Failure(description: "closed before a response: \(pending.count) bytes") }
        }
    }

    /// True when the server has closed the connection and nothing more is pending.
    func isClosedByPeer() throws -> Bool {
        while try fill() {}
        return pending.isEmpty
    }
}

/// A response as read off the wire.
struct RawResponse {
    var head: String
    var body: [UInt8]

    var statusLine: String { head.components(separatedBy: "\r\n").first ?? "" }
    var status: Int { Int(statusLine.split(separator: " ").dropFirst().first ?? "") ?? 0 }
    var bodyText: String { String(decoding: body, as: UTF8.self) }

    func header(_ name: String) -> String? {
        for line in head.components(separatedBy: "\r\n").dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            if line[..<colon].lowercased() == name.lowercased() {
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }
}

private func posixSend(_ fd: Int32, _ pointer: UnsafeRawPointer?, _ count: Int, _ flags: Int32) -> Int {
    send(fd, pointer, count, flags)
}
