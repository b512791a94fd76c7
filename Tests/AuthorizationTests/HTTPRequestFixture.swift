import Foundation
import Transport

/// Builds `HTTPRequest`s from literals in test tables.
struct HTTPRequestFixture {
    let method: String
    let url: String
    let headers: [(String, String)]
    let body: String?

    var request: HTTPRequest {
        HTTPRequest(
            method: method,
            url: URL(string: url) ?? URL(fileURLWithPath: "/invalid-test-url"),
            headers: HTTPHeaders(headers.map { HTTPField(name: $0.0, value: $0.1) }),
            body: body.map { Data($0.utf8) }
        )
    }
}

/// A request for tests; a malformed literal URL yields a request to a placeholder path so the test fails, not crashes.
func request(_ method: String, _ url: String, headers: [(String, String)] = [], body: String? = nil) -> HTTPRequestFixture {
    HTTPRequestFixture(method: method, url: url, headers: headers, body: body)
}
