#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// Everything the listener and connection threads share. Threads hold this, not the `HTTPServer`,
/// so the server's `deinit` can still run and stop them.
final class ServerState: @unchecked Sendable {
    let listener: Socket
    let handler: @Sendable (ServerRequest) -> ServerResponse
    let logger: (@Sendable (ServerLogEntry) -> Void)?
    let limits: ServerLimits
    let idleMilliseconds: Int32
    /// Readable once `stop()` has begun: every poll in the server watches it.
    let wakeDescriptor: Int32
    private let wakeWriter: Int32

    // Guarded by `condition`.
    private let condition = NSCondition()
    private var stopping = false
    private var started = false
    private var listenerRunning = false
    private var connections: [Int32: ObjectIdentifier] = [:]
    private var closed = false

    init(
        listener: Socket, limits: ServerLimits, logger: (@Sendable (ServerLogEntry) -> Void)?,
        handler: @escaping @Sendable (ServerRequest) -> ServerResponse
    ) throws(ServerError) {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else {
            listener.close()
            throw ServerError.system(operation: "pipe", code: errno)
        }
        self.listener = listener
        self.limits = limits
        self.logger = logger
        self.handler = handler
        self.wakeDescriptor = pipeEnds[0]
        self.wakeWriter = pipeEnds[1]
        let milliseconds = limits.idleTimeout.milliseconds
        self.idleMilliseconds = Int32(clamping: max(1, milliseconds))
    }

    var isStopping: Bool {
        condition.lock()
        defer { condition.unlock() }
        return stopping
    }

    func start() {
        condition.lock()
        defer { condition.unlock() }
        guard !started, !stopping else { return }
        started = true
        listenerRunning = true
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "postie-mock-listener"
        thread.start()
    }

    private func acceptLoop() {
        defer {
            condition.lock()
            listenerRunning = false
            condition.broadcast()
            condition.unlock()
        }
        while listener.waitReadable(wake: wakeDescriptor, timeoutMilliseconds: -1) {
            guard let client = listener.accept() else {
                // EMFILE and friends: back off briefly instead of spinning.
                if errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM { usleep(10_000) }
                continue
            }
            condition.lock()
            if stopping {
                condition.unlock()
                client.close()
                return
            }
            if connections.count >= limits.maxConnections {
                condition.unlock()
                reject(client)
                continue
            }
            let thread = Thread { [self] in
                HTTPConnection(socket: client, state: self).serve()
                finish(client)
            }
            connections[client.descriptor] = ObjectIdentifier(thread)
            condition.unlock()
            thread.name = "postie-mock-connection"
            thread.start()
        }
    }

    private func reject(_ client: Socket) {
        let response = ServerResponse.error(status: 503, "too many connections (limit \(limits.maxConnections))")
        var text = "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
        text += "Content-Length: \(response.body.count)\r\nConnection: close\r\n\r\n"
        _ = client.sendAll(Array(text.utf8) + Array(response.body))
        client.shutdownWrite()
        client.close()
    }

    private func finish(_ client: Socket) {
        condition.lock()
        connections[client.descriptor] = nil
        client.close()
        condition.broadcast()
        condition.unlock()
    }

    /// Stops accepting, ends every connection, waits for the threads, and releases the sockets. Idempotent.
    /// Called from a handler, it does not wait for that handler's own connection.
    func stop() {
        condition.lock()
        let current = ObjectIdentifier(Thread.current)
        if !stopping {
            stopping = true
            var byte: UInt8 = 1
            _ = write(wakeWriter, &byte, 1)
            // Unblocks threads stuck in send(); a handler stopping the server still answers its own request.
            for (descriptor, thread) in connections where thread != current {
                Socket(descriptor: descriptor).shutdownBoth()
            }
        }
        let own = connections.values.contains(current) ? 1 : 0
        while listenerRunning || connections.count > own {
            condition.wait()
        }
        if !closed && own == 0 {
            closed = true
            listener.close()
            _ = close(wakeWriter)
            _ = close(wakeDescriptor)
        }
        condition.unlock()
    }

    func log(_ method: String, _ target: String, _ status: Int, _ bytes: Int, _ started: ContinuousClock.Instant) {
        logger?(
            ServerLogEntry(
                method: method, target: target, status: status, responseBytes: max(0, bytes),
                duration: ContinuousClock.now - started))
    }
}
