import Foundation
import Transport

/// What a handler answers. The server adds `Content-Length` and `Connection` itself.
package struct ServerResponse: Sendable, Hashable {
    package var status: Int
    package var reason: String
    package var headers: HTTPHeaders
    package var body: Data
    /// Misbehaviour to act out instead of a clean response, for testing clients.
    package var fault: ServerFault?

    package init(status: Int = 200, reason: String? = nil, headers: HTTPHeaders = [], body: Data = Data()) {
        self.status = status
        let standard = HTTPStatus.reasonPhrase(for: status)
        self.reason = reason ?? (standard.isEmpty ? "Unknown" : standard)
        self.headers = headers
        self.body = body
        self.fault = nil
    }

    /// A JSON response; `Content-Type: application/json` unless `headers` names one.
    package static func json(status: Int = 200, _ text: String, headers: HTTPHeaders = []) -> ServerResponse {
        var all = headers
        if !all.contains("Content-Type") { all.add("Content-Type", "application/json") }
        return ServerResponse(status: status, headers: all, body: Data(text.utf8))
    }

    /// A plain-text response.
    package static func text(status: Int = 200, _ text: String, headers: HTTPHeaders = []) -> ServerResponse {
        var all = headers
        if !all.contains("Content-Type") { all.add("Content-Type", "text/plain; charset=utf-8") }
        return ServerResponse(status: status, headers: all, body: Data(text.utf8))
    }

    /// The JSON error body the server itself uses: `{"error":{"status":400,"message":"…"}}`.
    package static func error(status: Int, _ message: String) -> ServerResponse {
        .json(status: status, #"{"error":{"status":\#(status),"message":"\#(jsonEscaped(message))"}}"#)
    }

    static func jsonEscaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Ways a response can deliberately go wrong, so clients' error handling can be tested.
package enum ServerFault: Sendable, Hashable {
    /// Announce `declaredLength` bytes of body, send the real (shorter) body, then close.
    case truncateBody(declaredLength: Int)
    /// Close the connection without answering.
    case closeWithoutResponse
}
