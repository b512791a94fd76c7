#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A thin owner of one POSIX socket descriptor with the handful of calls the server needs.
struct Socket: Sendable {
    let descriptor: Int32

    #if canImport(Darwin)
        private static let sendFlags: Int32 = 0
        static let streamType = SOCK_STREAM
    #else
        private static let sendFlags = Int32(MSG_NOSIGNAL)
        static let streamType = Int32(SOCK_STREAM.rawValue)
    #endif

    /// Binds and listens on `host:port`; port 0 lets the kernel pick a free port.
    static func listen(host: String, port: Int, backlog: Int32) throws(ServerError) -> (Socket, Int) {
        guard (0...65535).contains(port) else { throw ServerError.invalidPort(port) }
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = streamType
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let lookup = getaddrinfo(host, String(port), &hints, &list)
        guard lookup == 0, let first = list else {
            let reason = lookup == 0 ? "no address" : String(cString: gai_strerror(lookup))
            throw ServerError.hostNotResolved(host: host, reason: reason)
        }
        defer { freeaddrinfo(list) }
        // `localhost` may resolve to ::1 first; clients mostly try 127.0.0.1, so prefer IPv4.
        var info = first.pointee
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let entry = cursor {
            if entry.pointee.ai_family == AF_INET {
                info = entry.pointee
                break
            }
            cursor = entry.pointee.ai_next
        }
        let fd = socket(info.ai_family, info.ai_socktype, info.ai_protocol)
        guard fd >= 0 else { throw ServerError.system(operation: "socket", code: errno) }
        let socket = Socket(descriptor: fd)
        socket.setFlag(SOL_SOCKET, SO_REUSEADDR)
        socket.closeOnExec()
        if bind(fd, info.ai_addr, info.ai_addrlen) != 0 {
            let code = errno
            socket.close()
            switch code {
            case EADDRINUSE: throw ServerError.portInUse(host: host, port: port)
            case EADDRNOTAVAIL: throw ServerError.addressNotAvailable(host: host)
            case EACCES: throw ServerError.permissionDenied(host: host, port: port)
            default: throw ServerError.system(operation: "bind", code: code)
            }
        }
        if posixListen(fd, backlog) != 0 {
            let code = errno
            socket.close()
            if code == EADDRINUSE { throw ServerError.portInUse(host: host, port: port) }
            throw ServerError.system(operation: "listen", code: code)
        }
        return (socket, socket.boundPort() ?? port)
    }

    func boundPort() -> Int? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let rc = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard rc == 0 else { return nil }
        switch Int32(storage.ss_family) {
        case AF_INET:
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin_port)) }
            }
        case AF_INET6:
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) {
                    Int(UInt16(bigEndian: $0.pointee.sin6_port))
                }
            }
        default:
            return nil
        }
    }

    /// Accepts one connection; nil when interrupted or the peer gave up, so the caller just polls again.
    func accept() -> Socket? {
        let fd = posixAccept(descriptor)
        guard fd >= 0 else { return nil }
        let client = Socket(descriptor: fd)
        client.closeOnExec()
        client.setFlag(Int32(IPPROTO_TCP), TCP_NODELAY)
        #if canImport(Darwin)
            client.setFlag(SOL_SOCKET, SO_NOSIGPIPE)
        #endif
        return client
    }

    func setFlag(_ level: Int32, _ option: Int32) {
        var on: Int32 = 1
        _ = setsockopt(descriptor, level, option, &on, socklen_t(MemoryLayout<Int32>.size))
    }

    private func closeOnExec() {
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    }

    /// Writes every byte; false when the peer is gone.
    func sendAll(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return posixSend(descriptor, base + offset, raw.count - offset, Socket.sendFlags)
            }
            if sent < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += sent
        }
        return true
    }

    /// Reads what is available into `buffer`, through `scratch`: the count, 0 at end of stream, -1 on error.
    func receive(into buffer: inout [UInt8], scratch: inout [UInt8]) -> Int {
        while true {
            let count = scratch.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            if count > 0 { buffer.append(contentsOf: scratch[0..<count]) }
            return count
        }
    }

    /// Waits until this socket or `wake` is readable. Returns false on timeout or when `wake` fired.
    func waitReadable(wake: Int32, timeoutMilliseconds: Int32) -> Bool {
        var fds = [
            pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            let rc = poll(&fds, 2, timeoutMilliseconds)
            if rc < 0 && errno == EINTR { continue }
            guard rc > 0 else { return false }
            if fds[1].revents != 0 { return false }
            return fds[0].revents != 0
        }
    }

    func shutdownBoth() {
        _ = posixShutdown(descriptor, Int32(SHUT_RDWR))
    }

    func shutdownWrite() {
        _ = posixShutdown(descriptor, Int32(SHUT_WR))
    }

    func close() {
        #if canImport(Darwin)
            _ = Darwin.close(descriptor)
        #elseif canImport(Musl)
            _ = Musl.close(descriptor)
        #else
            _ = Glibc.close(descriptor)
        #endif
    }
}

// Module-qualified names differ per platform, and `Socket` has members with the same names.
private func posixListen(_ fd: Int32, _ backlog: Int32) -> Int32 { listen(fd, backlog) }
private func posixAccept(_ fd: Int32) -> Int32 { accept(fd, nil, nil) }
private func posixSend(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int, _ flags: Int32) -> Int {
    send(fd, pointer, count, flags)
}
private func posixShutdown(_ fd: Int32, _ how: Int32) -> Int32 { shutdown(fd, how) }
