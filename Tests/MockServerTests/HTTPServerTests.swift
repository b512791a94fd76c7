import Foundation
import Testing
import Transport

@testable import MockServer

/// Echoes what it received, so tests can check parsing end to end.
private let echo: @Sendable (ServerRequest) -> ServerResponse = { request in
    let query = request.queryItems.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
    return .text("\(request.method) \(request.path) [\(query)] \(request.httpVersion) body=\(request.bodyText)")
}

private func withServer(
    limits: ServerLimits = ServerLimits(), log: (@Sendable (ServerLogEntry) -> Void)? = nil,
    handler: @escaping @Sendable (ServerRequest) -> ServerResponse = echo,
    _ body: (HTTPServer) throws -> Void
) throws {
    let server = try HTTPServer(limits: limits, log: log, handler: handler)
    server.start()
    defer { server.stop() }
    try body(server)
}

@Suite struct HTTPServerTests {
    @Test func keepAliveConnectionServesSeveralRequests() throws {
        try withServer { server in
            let client = try RawClient(port: server.port)
            try client.send("GET /one HTTP/1.1\r\nHost: x\r\n\r\n")
            let first = try client.readResponse()
            try client.send("POST /two?a=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
            let second = try client.readResponse()
            #expect(first.statusLine == "HTTP/1.1 200 OK")
            #expect(first.bodyText == "GET /one [] HTTP/1.1 body=")
            #expect(first.header("Connection") == nil)
            #expect(second.bodyText == "POST /two [a=1] HTTP/1.1 body=hello")
            #expect(second.header("Content-Length") == "\(second.body.count)")
        }
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() throws {
        try withServer { server in
            let client = try RawClient(port: server.port)
            try client.send(
                "GET /1 HTTP/1.1\r\n\r\nPOST /2 HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /3 HTTP/1.1\r\n\r\n")
            let bodies = try (0..<3).map { _ in try client.readResponse().bodyText }
            #expect(bodies == ["GET /1 [] HTTP/1.1 body=", "POST /2 [] HTTP/1.1 body=abc", "GET /3 [] HTTP/1.1 body="])
        }
    }

    @Test func chunkedRequestBodyIsDecodedWithExtensionsAndTrailers() throws {
        try withServer { server in
            let client = try RawClient(port: server.port)
            try client.send("POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n")
            try client.send("6\r\n world\r\n0\r\nX-Trailer: yes\r\n\r\nGET /after HTTP/1.1\r\n\r\n")
            #expect(try client.readResponse().bodyText == "POST /c [] HTTP/1.1 body=hello world")
            #expect(try client.readResponse().bodyText == "GET /after [] HTTP/1.1 body=")
        }
    }

    @Test func expectContinueGetsInterimResponseBeforeTheBody() throws {
        try withServer { server in
            let client = try RawClient(port: server.port)
            try client.send("PUT /e HTTP/1.1\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n")
            let interim = try client.readResponse()
            try client.send("data")
            let final = try client.readResponse()
            #expect(interim.statusLine == "HTTP/1.1 100 Continue")
            #expect(final.bodyText == "PUT /e [] HTTP/1.1 body=data")
        }
    }

    static let malformed: [(request: String, status: Int, message: String)] = [
        ("GARBAGE\r\n\r\n", 400, "malformed request line"),
        ("GET / HTTP/1.1 extra\r\n\r\n", 400, "malformed request line"),
        ("GET  / HTTP/1.1\r\n\r\n", 400, "malformed request line"),
        ("G(T / HTTP/1.1\r\n\r\n", 400, "malformed request method"),
        ("GET / HTTX/1.1\r\n\r\n", 400, "malformed HTTP version"),
        ("GET / HTTP/2.0\r\n\r\n", 505, "HTTP/2.0 is not supported"),
        ("GET / HTTP/1.1\r\nBad Header: x\r\n\r\n", 400, "malformed header name"),
        ("GET / HTTP/1.1\r\nNoColon\r\n\r\n", 400, "header line without ':'"),
        ("GET / HTTP/1.1\r\nA: 1\r\n folded\r\n\r\n", 400, "folded header lines are not allowed"),
        ("POST / HTTP/1.1\r\nContent-Length: abc\r\n\r\n", 400, "invalid Content-Length"),
        ("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", 400, "invalid Content-Length"),
        ("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400, "malformed chunk size"),
        ("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n", 400, "chunk data longer than its size"),
        ("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n", 501, "transfer coding 'gzip' is not supported"),
        ("GET / HTTP/1.1\r\nExpect: magic\r\n\r\n", 417, "expectation 'magic' is not supported"),
    ]

    @Test(arguments: malformed)
    func malformedRequestGetsAnErrorResponseAndTheConnectionCloses(
        request: String, status: Int, message: String
    ) throws {
        try withServer { server in
            let client = try RawClient(port: server.port)
            try client.send(request)
            let response = try client.readResponse()
            #expect(response.status == status)
            #expect(response.bodyText == #"{"error":{"status":\#(status),"message":"\#(message)"}}"#)
            #expect(response.header("Content-Type") == "application/json")
            #expect(response.header("Connection") == "close")
            #expect(try client.isClosedByPeer())
        }
    }

    @Test func oversizedHeadersGet431() throws {
        try withServer(limits: ServerLimits(maxHeaderBytes: 1024)) { server in
            let client = try RawClient(port: server.port)
            try client.send("GET / HTTP/1.1\r\nX-Big: \(String(repeating: "a", count: 2000))\r\n\r\n")
            #expect(try client.readResponse().status == 431)
        }
    }

    @Test func oversizedBodiesGet413WhetherDeclaredOrChunked() throws {
        try withServer(limits: ServerLimits(maxBodyBytes: 10)) { server in
            let declared = try RawClient(port: server.port)
            try declared.send("POST / HTTP/1.1\r\nContent-Length: 11\r\n\r\n")
            #expect(
                try declared.readResponse().bodyText
                    == #"{"error":{"status":413,"message":"request body larger than 10 bytes"}}"#)
            let chunked = try RawClient(port: server.port)
            try chunked.send("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n8\r\n")
            #expect(try chunked.readResponse().status == 413)
        }
    }

    @Test func http10ClosesUnlessAskedToKeepAlive() throws {
        try withServer { server in
            let plain = try RawClient(port: server.port)
            try plain.send("GET /old HTTP/1.0\r\n\r\n")
            let response = try plain.readResponse()
            #expect(response.bodyText == "GET /old [] HTTP/1.0 body=")
            #expect(response.header("Connection") == "close")
            #expect(try plain.isClosedByPeer())

            let kept = try RawClient(port: server.port)
            try kept.send("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            #expect(try kept.readResponse().header("Connection") == "keep-alive")
            try kept.send("GET /b HTTP/1.0\r\n\r\n")
            #expect(try kept.readResponse().bodyText == "GET /b [] HTTP/1.0 body=")
        }
    }

    @Test func bareLineFeedsAreAccepted() throws {
        try withServer { server in
            let client = try RawClient(port: server.port)
            try client.send("\r\nPOST /lf HTTP/1.1\nContent-Length: 2\n\nokGET /next HTTP/1.1\n\n")
            #expect(try client.readResponse().bodyText == "POST /lf [] HTTP/1.1 body=ok")
            #expect(try client.readResponse().bodyText == "GET /next [] HTTP/1.1 body=")
        }
    }

    @Test func localhostListensOnIPv4() throws {
        let server = try HTTPServer(host: "localhost", handler: echo)
        server.start()
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        try client.send("GET /v4 HTTP/1.1\r\n\r\n")
        #expect(try client.readResponse().status == 200)
    }

    @Test func connectionCloseIsHonoured() throws {
        try withServer { server in
            let client = try RawClient(port: server.port)
            try client.send("GET / HTTP/1.1\r\nConnection: close\r\n\r\n")
            #expect(try client.readResponse().header("Connection") == "close")
            #expect(try client.isClosedByPeer())
        }
    }

    @Test func headResponseHasContentLengthButNoBody() throws {
        try withServer(handler: { _ in .text("twelve bytes") }) { server in
            let client = try RawClient(port: server.port)
            try client.send("HEAD / HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\n")
            let head = try client.readResponse(headRequest: true)
            let get = try client.readResponse()
            #expect(head.header("Content-Length") == "12")
            #expect(head.body.isEmpty)
            #expect(get.bodyText == "twelve bytes")
        }
    }

    @Test func handlerHeadersCannotOverrideFramingOrInjectLines() throws {
        let handler: @Sendable (ServerRequest) -> ServerResponse = { _ in
            ServerResponse(
                status: 201,
                headers: [
                    ("Content-Length", "999"), ("X-Evil", "a\r\nInjected: yes"), ("Transfer-Encoding", "chunked"),
                ],
                body: Data("ok".utf8))
        }
        try withServer(handler: handler) { server in
            let client = try RawClient(port: server.port)
            try client.send("GET / HTTP/1.1\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.statusLine == "HTTP/1.1 201 Created")
            #expect(response.header("Content-Length") == "2")
            #expect(response.header("Transfer-Encoding") == nil)
            #expect(response.header("Injected") == nil)
            #expect(response.header("X-Evil") == "a  Injected: yes")
        }
    }

    @Test func noContentResponseHasNeitherBodyNorLength() throws {
        try withServer(handler: { _ in ServerResponse(status: 204, body: Data("dropped".utf8)) }) { server in
            let client = try RawClient(port: server.port)
            try client.send("DELETE /x HTTP/1.1\r\n\r\nGET /y HTTP/1.1\r\n\r\n")
            let first = try client.readResponse()
            let second = try client.readResponse()
            #expect(first.status == 204)
            #expect(first.header("Content-Length") == nil)
            #expect(second.status == 204)
        }
    }

    @Test func concurrentClientsAreServedAtTheSameTime() throws {
        let gate = Gate(expected: 4)
        try withServer(handler: { _ in .text(gate.arriveAndWait() ? "together" : "alone") }) { server in
            let clients = try (0..<4).map { _ in try RawClient(port: server.port) }
            for client in clients { try client.send("GET / HTTP/1.1\r\n\r\n") }
            let bodies = try clients.map { try $0.readResponse().bodyText }
            #expect(bodies == Array(repeating: "together", count: 4))
        }
    }

    @Test func connectionsBeyondTheLimitGet503() throws {
        try withServer(limits: ServerLimits(maxConnections: 1)) { server in
            let first = try RawClient(port: server.port)
            try first.send("GET /held HTTP/1.1\r\n\r\n")
            _ = try first.readResponse()
            let second = try RawClient(port: server.port)
            let rejected = try second.readResponse()
            #expect(rejected.status == 503)
            #expect(rejected.bodyText == #"{"error":{"status":503,"message":"too many connections (limit 1)"}}"#)
        }
    }

    @Test func stopEndsIdleAndHalfSentConnectionsAndIsIdempotent() throws {
        let server = try HTTPServer(handler: echo)
        server.start()
        let idle = try RawClient(port: server.port)
        try idle.send("GET / HTTP/1.1\r\n\r\n")
        _ = try idle.readResponse()
        let halfSent = try RawClient(port: server.port)
        try halfSent.send("POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\nabc")
        server.stop()
        server.stop()
        #expect(try idle.isClosedByPeer())
        #expect(try halfSent.isClosedByPeer())
        #expect(throws: RawClient.Failure.self) { try RawClient(port: server.port) }
    }

    @Test func stopWorksOnAServerThatNeverStarted() throws {
        let server = try HTTPServer(handler: echo)
        server.stop()
        #expect(throws: RawClient.Failure.self) { try RawClient(port: server.port) }
    }

    @Test func truncatedBodyFaultClosesAfterTheShortBody() throws {
        let handler: @Sendable (ServerRequest) -> ServerResponse = { _ in
            var response = ServerResponse.text("0123456789")
            response.fault = .truncateBody(declaredLength: 1000)
            return response
        }
        try withServer(handler: handler) { server in
            let client = try RawClient(port: server.port)
            try client.send("GET / HTTP/1.1\r\n\r\n")
            #expect(throws: RawClient.Failure.self) { try client.readResponse() }
        }
    }

    @Test func logReceivesOneEntryPerRequest() throws {
        let entries = Box<[String]>([])
        let log: @Sendable (ServerLogEntry) -> Void = { entry in
            entries.mutate { $0.append("\(entry.method) \(entry.target) \(entry.status) \(entry.responseBytes)") }
        }
        try withServer(log: log, handler: { _ in .text("hi") }) { server in
            let client = try RawClient(port: server.port)
            try client.send("GET /a?b=1 HTTP/1.1\r\n\r\nNOT A REQUEST\r\n\r\n")
            _ = try client.readResponse()
            _ = try client.readResponse()
            _ = try client.isClosedByPeer()
        }
        #expect(entries.value == ["GET /a?b=1 200 2", "- - 400 59"])
    }
}

/// Lets `expected` threads meet; each learns whether all arrived before a generous safety timeout.
final class Gate: @unchecked Sendable {
    private let condition = NSCondition()
    private var arrived = 0
    private let expected: Int

    init(expected: Int) {
        self.expected = expected
    }

    func arriveAndWait() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        arrived += 1
        condition.broadcast()
        let deadline = Date().addingTimeInterval(10)
        while arrived < expected {
            if !condition.wait(until: deadline) { return false }
        }
        return true
    }
}

/// A value shared between a test and server threads.
final class Box<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) {
        stored = value
    }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    func mutate(_ change: (inout Value) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        change(&stored)
    }
}

@Suite struct HTTPServerRobustnessTests {
    /// A fixed-seed generator, so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func randomBytesNeverCrashTheServerAndItKeepsServing() throws {
        let server = try HTTPServer(limits: ServerLimits(idleTimeout: .milliseconds(150)), handler: echo)
        server.start()
        defer { server.stop() }
        var random = SplitMix(state: 42)
        let pieces = [
            "GET", " ", "/", "HTTP/1.1", "\r\n", "\n", ":", "Content-Length: ", "Transfer-Encoding: chunked",
            "-1", "ffffffffffffffff", "0", "\r\n\r\n", "\u{0}", "é", "Expect: 100-continue", "POST", "\t",
        ]
        for _ in 0..<25 {
            let client = try RawClient(port: server.port)
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...30, using: &random) {
                if Bool.random(using: &random) {
                    bytes += Array(pieces[Int.random(in: 0..<pieces.count, using: &random)].utf8)
                } else {
                    bytes.append(UInt8.random(in: 0...255, using: &random))
                }
            }
            try? client.send(bytes)
            _ = try? client.isClosedByPeer()
        }
        let client = try RawClient(port: server.port)
        try client.send("GET /still HTTP/1.1\r\n\r\n")
        #expect(try client.readResponse().bodyText == "GET /still [] HTTP/1.1 body=")
    }

    @Test func negativeChunkSizeIsRejected() throws {
        let server = try HTTPServer(handler: echo)
        server.start()
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        try client.send("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\nabc\r\n0\r\n\r\n")
        #expect(try client.readResponse().bodyText == #"{"error":{"status":400,"message":"malformed chunk size"}}"#)
    }
}

@Suite struct HTTPServerStopFromHandlerTests {
    @Test func handlerMayStopItsOwnServer() throws {
        let holder = Box<HTTPServer?>(nil)
        let server = try HTTPServer { _ in
            holder.value?.stop()
            return .text("bye")
        }
        holder.mutate { $0 = server }
        server.start()
        let client = try RawClient(port: server.port)
        try client.send("GET / HTTP/1.1\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.bodyText == "bye")
        #expect(response.header("Connection") == "close")
        #expect(try client.isClosedByPeer())
        holder.mutate { $0 = nil }
        server.stop()
        #expect(throws: RawClient.Failure.self) { try RawClient(port: server.port) }
    }
}
