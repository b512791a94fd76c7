import Foundation

/// What came back for one `HTTPRequest` (one hop: redirects are followed by the runner).
package struct HTTPResponse: Sendable, Hashable {
    package var status: Int
    /// The reason phrase. URLSession doesn't expose it, so this is the standard phrase for `status`.
    package var reason: String
    package var headers: HTTPHeaders
    /// The decoded body (URLSession always undoes gzip/deflate/br).
    package var body: Data
    package var timings: ResponseTimings

    package init(
        status: Int, reason: String? = nil, headers: HTTPHeaders = [], body: Data = Data(),
        timings: ResponseTimings = ResponseTimings()
    ) {
        self.status = status
        self.reason = reason ?? HTTPStatus.reasonPhrase(for: status)
        self.headers = headers
        self.body = body
        self.timings = timings
    }

    /// The approximate size of the status line and headers as they were received.
    package var headerSize: Int {
        var size = "HTTP/1.1 \(status) \(reason)\r\n".utf8.count + 2
        for field in headers.fields {
            size += field.name.utf8.count + 2 + field.value.utf8.count + 2
        }
        return size
    }
}

/// How long a request took, measured on a monotonic clock.
package struct ResponseTimings: Sendable, Hashable {
    /// From just before sending to the last byte of the body.
    package var total: Duration
    /// From just before sending to the response head, where the transport can tell.
    package var firstByte: Duration?

    package init(total: Duration = .zero, firstByte: Duration? = nil) {
        self.total = total
        self.firstByte = firstByte
    }
}
