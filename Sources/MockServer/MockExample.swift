import Foundation
import Transport

/// One saved example as the mock server needs it: the original request it documents and the response to replay.
///
/// Built from a collection by the caller; this type knows nothing of the collection format.
package struct MockExample: Sendable {
    /// The example's name, selectable with `x-mock-response-name`.
    package var name: String
    /// The example's id, selectable with `x-mock-response-id`.
    package var id: String?
    package var method: String
    /// A path template such as `/project/:project/service/{{service_name}}`: `:name` segments and
    /// `{{name}}` placeholders match any text. Without scheme and host.
    package var path: String
    /// The original request's query parameters; a value containing `{{…}}` matches any value.
    package var query: [(name: String, value: String)]
    /// The original request's headers; a value containing `{{…}}` matches any value.
    package var requestHeaders: HTTPHeaders
    package var status: Int
    package var responseHeaders: HTTPHeaders
    package var body: Data

    package init(
        name: String, id: String? = nil, method: String, path: String, query: [(name: String, value: String)] = [],
        requestHeaders: HTTPHeaders = [], status: Int = 200, responseHeaders: HTTPHeaders = [], body: Data = Data()
    ) {
        self.name = name
        self.id = id
        self.method = method
        self.path = path
        self.query = query
        self.requestHeaders = requestHeaders
        self.status = status
        self.responseHeaders = responseHeaders
        self.body = body
    }

    /// The response to replay. Framing headers are dropped: the body is stored decoded, and the server frames it.
    var response: ServerResponse {
        var headers = responseHeaders
        for name in ["Content-Length", "Content-Encoding", "Transfer-Encoding", "Connection"] {
            headers.remove(name)
        }
        return ServerResponse(status: status, headers: headers, body: body)
    }
}
