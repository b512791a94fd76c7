import Foundation
import Transport

/// An in-memory `HTTPTransport`: answers from a closure and records every request it was given.
package final class StubTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [HTTPRequest] = []
    private let respond: @Sendable (HTTPRequest) throws(TransportError) -> HTTPResponse

    package init(respond: @escaping @Sendable (HTTPRequest) throws(TransportError) -> HTTPResponse) {
        self.respond = respond
    }

    /// Answers every request with the same JSON body and status.
    package convenience init(status: Int = 200, json: String = "{}") {
        self.init { _ throws(TransportError) in
            HTTPResponse(status: status, headers: [("Content-Type", "application/json")], body: Data(json.utf8))
        }
    }

    package var requests: [HTTPRequest] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    package func send(_ request: HTTPRequest, options: TransportOptions) throws(TransportError) -> HTTPResponse {
        lock.lock()
        recorded.append(request)
        lock.unlock()
        return try respond(request)
    }

    package func cancelAll() {}
}
