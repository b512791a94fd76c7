import Foundation

/// A fully resolved request, ready to go on the wire: no `{{variables}}` are left in it.
package struct HTTPRequest: Sendable, Hashable {
    package var method: String
    package var url: URL
    package var headers: HTTPHeaders
    package var body: Data?

    package init(method: String, url: URL, headers: HTTPHeaders = [], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}
