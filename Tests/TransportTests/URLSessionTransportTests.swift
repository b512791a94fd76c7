import Dispatch
import Foundation
import MockServer
import Testing

@testable import Transport

/// `printf 'hello gzip world' | gzip -n`
private let gzipBody: [UInt8] = [
    31, 139, 8, 0, 0, 0, 0, 0, 0, 3, 203, 72, 205, 201, 201, 87, 72, 175, 202, 44, 80, 40, 207, 47, 202, 73, 1, 0,
    107, 125, 232, 183, 16, 0, 0, 0,
]

/// Signals when a slow request has reached the server, so cancellation is tested mid-flight.
private let slowArrived = DispatchSemaphore(value: 0)

private let routes: @Sendable (ServerRequest) -> ServerResponse = { request in
    switch request.path {
    case "/echo":
        let length = request.headers["Content-Length"] ?? "-"
        let custom = request.headers["X-Custom"] ?? "-"
        return .text(
            "\(request.method) body=\(request.bodyText) length=\(length) custom=\(custom)",
            headers: [("X-Server", "mock")])
    case "/redirect":
        let code = Int(request.query("code") ?? "302") ?? 302
        return ServerResponse(status: code, headers: [("Location", "/echo")], body: Data("moving".utf8))
    case "/basic":
        return .json(status: 401, #"{"status": 401}"#, headers: [("WWW-Authenticate", #"Basic realm="x""#)])
    case "/slow":
        Thread.sleep(forTimeInterval: 2)
        return .text("late")
    case "/slow-cancel":
        slowArrived.signal()
        Thread.sleep(forTimeInterval: 2)
        return .text("late")
    case "/truncate":
        var response = ServerResponse.text("0123456789")
        response.fault = .truncateBody(declaredLength: 1000)
        return response
    case "/hangup":
        var response = ServerResponse.text("never sent")
        response.fault = .closeWithoutResponse
        return response
    case "/gzip":
        return ServerResponse(
            headers: [("Content-Type", "text/plain"), ("Content-Encoding", "gzip")], body: Data(gzipBody))
    case "/cookies":
        return ServerResponse(
            headers: [
                ("Set-Cookie", "a=1; Path=/; Expires=Wed, 21 Oct 2099 07:28:00 GMT"), ("Set-Cookie", "b=2; HttpOnly"),
            ])
    default:
        return .json(status: 404, #"{"error":"not found"}"#)
    }
}

@Suite struct URLSessionTransportTests {
    let server: HTTPServer
    let transport = URLSessionTransport()

    init() throws {
        server = try HTTPServer(handler: routes)
        server.start()
    }

    private func url(_ path: String) throws -> URL {
        try #require(URL(string: server.baseURL + path))
    }

    private func send(
        _ path: String, method: String = "GET", headers: HTTPHeaders = [], body: String? = nil,
        timeout: Duration? = nil
    ) throws -> HTTPResponse {
        let request = HTTPRequest(
            method: method, url: try url(path), headers: headers, body: body.map { Data($0.utf8) })
        return try transport.send(request, options: TransportOptions(timeout: timeout))
    }

    private func sendError(_ request: HTTPRequest, timeout: Duration? = nil) -> TransportError? {
        #expect(throws: TransportError.self) {
            _ = try transport.send(request, options: TransportOptions(timeout: timeout))
        }
    }

    @Test func statusHeadersAndBodyComeBack() throws {
        let response = try send("/echo")
        #expect(response.status == 200)
        #expect(response.reason == "OK")
        #expect(response.headers["x-server"] == "mock")
        #expect(response.headers["Content-Type"] == "text/plain; charset=utf-8")
        #expect(String(decoding: response.body, as: UTF8.self) == "GET body= length=- custom=-")
        #expect(response.timings.firstByte != nil)
        #expect(response.timings.total >= (response.timings.firstByte ?? .zero))
        server.stop()
    }

    @Test func postBodyIsSentAndUserContentLengthIsReplaced() throws {
        let response = try send(
            "/echo", method: "POST",
            headers: [("Content-Length", "3"), ("X-Custom", "yes"), ("Content-Type", "text/plain")],
            body: "hello")
        #expect(String(decoding: response.body, as: UTF8.self) == "POST body=hello length=5 custom=yes")
        server.stop()
    }

    @Test(arguments: [301, 302, 303, 307, 308])
    func redirectIsReturnedNotFollowed(code: Int) throws {
        let response = try send("/redirect?code=\(code)", method: "POST", body: "payload")
        #expect(response.status == code)
        #expect(response.headers["Location"] == "/echo")
        #expect(String(decoding: response.body, as: UTF8.self) == "moving")
        server.stop()
    }

    @Test func basicChallengeReturnsThe401WithItsBodyInsteadOfHanging() throws {
        let response = try send("/basic", timeout: .seconds(10))
        #expect(response.status == 401)
        #expect(response.headers["WWW-Authenticate"] == #"Basic realm="x""#)
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"status": 401}"#)
        server.stop()
    }

    @Test func subSecondTimeoutIsEnforcedExactly() throws {
        let request = HTTPRequest(method: "GET", url: try url("/slow"))
        let error = sendError(request, timeout: .milliseconds(200))
        #expect(error == .timedOut(after: .milliseconds(200)))
        #expect(error?.description == "request timed out after 200 ms")
        server.stop()
    }

    @Test func closedPortGivesConnectionRefused() throws {
        let closed = try HTTPServer(handler: routes)
        let port = closed.port
        closed.stop()
        let request = HTTPRequest(method: "GET", url: try #require(URL(string: "http://127.0.0.1:\(port)/")))
        let error = sendError(request, timeout: .seconds(10))
        #expect(error == .connectionRefused("127.0.0.1:\(port)"))
        #expect(error?.description == "connection refused by 127.0.0.1:\(port)")
        server.stop()
    }

    @Test func serverClosingMidBodyGivesConnectionLost() throws {
        let error = sendError(HTTPRequest(method: "GET", url: try url("/truncate")), timeout: .seconds(10))
        guard case .connectionLost(let detail) = error else {
            Issue.record("expected connectionLost, got \(String(describing: error))")
            return
        }
        #expect(detail.contains("990"))
        server.stop()
    }

    @Test func cancelAllAbortsTheRequestInFlight() throws {
        let request = HTTPRequest(method: "GET", url: try url("/slow-cancel"))
        let result = ResultBox()
        let finished = DispatchSemaphore(value: 0)
        let transport = self.transport
        Thread.detachNewThread {
            do {
                _ = try transport.send(request, options: TransportOptions(timeout: .seconds(30)))
                result.set(nil)
            } catch {
                result.set(error)
            }
            finished.signal()
        }
        #expect(slowArrived.wait(timeout: .now() + 10) == .success)
        transport.cancelAll()
        #expect(finished.wait(timeout: .now() + 10) == .success)
        #expect(result.error == .cancelled)
        server.stop()
    }

    @Test func gzipBodyIsDecoded() throws {
        let response = try send("/gzip")
        #expect(String(decoding: response.body, as: UTF8.self) == "hello gzip world")
        #expect(response.headers["Content-Encoding"] == "gzip")
        server.stop()
    }

    @Test func foldedSetCookieHeaderFeedsTheCookieJar() throws {
        let response = try send("/cookies")
        let jar = CookieJar()
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        jar.store(setCookieHeaders: response.headers.values(for: "Set-Cookie"), for: try url("/cookies"), now: now)
        #expect(jar.cookieHeader(for: try url("/other"), now: now) == "a=1; b=2")
        server.stop()
    }

    @Test func serverHangingUpWithoutAResponseGivesConnectionLost() throws {
        let error = sendError(HTTPRequest(method: "GET", url: try url("/hangup")), timeout: .seconds(10))
        #expect(error == .connectionLost("Empty reply from server"))
        server.stop()
    }

    #if os(Linux)
        @Test func getWithABodyIsReportedAsUnsupported() throws {
            let request = HTTPRequest(method: "GET", url: try url("/echo"), body: Data("x".utf8))
            #expect(
                sendError(request, timeout: .seconds(10))
                    == .other("GET with a body cannot be sent by URLSession on this platform"))
            server.stop()
        }
    #endif

    static let rejected: [(url: String, error: TransportError)] = [
        ("ftp://127.0.0.1/file", .unsupportedScheme("ftp")),
        ("file:///etc/hosts", .unsupportedScheme("file")),
        ("http:///nohost", .invalidURL("http:///nohost")),
        ("relative/path", .invalidURL("relative/path")),
    ]

    @Test(arguments: rejected)
    func nonHTTPURLsAreRejectedBeforeSending(url: String, error: TransportError) throws {
        let request = HTTPRequest(method: "GET", url: try #require(URL(string: url)))
        #expect(sendError(request) == error)
        server.stop()
    }

    static let curlMessages: [(message: String, error: TransportError)] = [
        (
            "transfer closed with 990 bytes remaining to read",
            .connectionLost("transfer closed with 990 bytes remaining to read")
        ),
        ("SSL certificate problem: self-signed certificate", .tls("SSL certificate problem: self-signed certificate")),
        ("Empty reply from server", .connectionLost("Empty reply from server")),
        (
            "Error while processing content unencoding: incorrect header check",
            .other("Error while processing content unencoding: incorrect header check")
        ),
    ]

    @Test(arguments: curlMessages)
    func curlCatchAllMessagesAreClassified(message: String, error: TransportError) {
        #expect(URLSessionTransport.classify(curlMessage: message) == error)
        server.stop()
    }
}

@Suite struct URLSessionErrorMappingTests {
    static let codes: [(code: Int, error: TransportError)] = [
        (NSURLErrorCannotConnectToHost, .connectionRefused("api.test:8443")),
        (NSURLErrorCannotFindHost, .hostNotFound("api.test")),
        (NSURLErrorTimedOut, .timedOut(after: .seconds(3))),
        (NSURLErrorCancelled, .cancelled),
        (NSURLErrorNetworkConnectionLost, .connectionLost("curl says")),
        (NSURLErrorBadServerResponse, .connectionLost("curl says")),
        (NSURLErrorUnsupportedURL, .invalidURL("https://api.test:8443/x")),
        (NSURLErrorServerCertificateUntrusted, .tls("curl says")),
        (NSURLErrorSecureConnectionFailed, .tls("curl says")),
        (NSURLErrorNotConnectedToInternet, .other("curl says")),
    ]

    @Test(arguments: codes)
    func urlErrorCodesMapToTransportErrors(code: Int, error: TransportError) throws {
        let request = HTTPRequest(method: "GET", url: try #require(URL(string: "https://api.test:8443/x")))
        let nsError = NSError(domain: NSURLErrorDomain, code: code, userInfo: [NSLocalizedDescriptionKey: "curl says"])
        #expect(
            URLSessionTransport.transportError(
                for: nsError, request: request, elapsed: .seconds(1), timeout: .seconds(3))
                == error)
    }
}

/// Carries a thread's outcome back to the test.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    func set(_ error: (any Error)?) {
        lock.locked { stored = error }
    }

    var error: TransportError? {
        lock.locked { stored as? TransportError }
    }
}
