import Foundation
import Testing
import Transport

@testable import MockServer

private func example(
    _ name: String, _ path: String, method: String = "GET", query: [(name: String, value: String)] = [],
    headers: HTTPHeaders = [], status: Int = 200, id: String? = nil
) -> MockExample {
    MockExample(
        name: name, id: id, method: method, path: path, query: query, requestHeaders: headers, status: status,
        responseHeaders: [
            ("Content-Type", "application/json"), ("Content-Length", "999"), ("Content-Encoding", "gzip"),
        ],
        body: Data(#"{"example":"\#(name)"}"#.utf8))
}

private let examples = [
    example("List clouds", "/clouds"),
    example("Get project", "/project/:project"),
    example("Get project not found", "/project/:project", status: 404),
    example("Get service", "/project/{{project}}/service/{{service_name}}"),
    example("Get special service", "/project/demo/service/pg"),
    example("Versioned", "/api/v{{version}}/items"),
    example("Create token", "/access_token", method: "POST", status: 200),
    example("Create token too short", "/access_token", method: "POST", status: 400),
    example("Rate limited", "/me", method: "GET", status: 429),
    example("Me", "/me", method: "GET", status: 200, id: "u-1"),
    example("Search page 2", "/search", query: [("page", "2")]),
    example("Search any", "/search"),
    example("Search by q", "/search", query: [("q", "{{term}}")]),
    example("Admin view", "/account", headers: [("X-Role", "admin")]),
    example("User view", "/account", headers: [("X-Role", "user")]),
]

private let matcher = ExampleMatcher(examples: examples)

private func request(_ method: String, _ target: String, headers: HTTPHeaders = []) -> ServerRequest {
    ServerRequest(method: method, target: target, headers: headers)
}

@Suite struct ExampleMatcherTests {
    /// (rule, method, target, headers, expected example name or nil)
    static let rules: [(String, String, String, HTTPHeaders, String?)] = [
        ("a literal path matches", "GET", "/clouds", [], "List clouds"),
        ("a trailing slash is ignored", "GET", "/clouds/", [], "List clouds"),
        ("method must match", "DELETE", "/clouds", [], nil),
        ("method compares case-insensitively", "get", "/clouds", [], "List clouds"),
        ("a :var segment matches any value", "GET", "/project/alpha", [], "Get project"),
        ("2xx wins over an equal 4xx", "GET", "/project/alpha", [], "Get project"),
        ("{{var}} segments match any value", "GET", "/project/a/service/b", [], "Get service"),
        ("literal segments beat wildcards", "GET", "/project/demo/service/pg", [], "Get special service"),
        ("percent-escapes are decoded before matching", "GET", "/project/a%2Fb/service/x", [], "Get service"),
        ("a placeholder inside a segment matches its rest", "GET", "/api/v2/items", [], "Versioned"),
        ("a placeholder needs at least one character", "GET", "/api/v/items", [], nil),
        ("extra segments do not match", "GET", "/clouds/extra", [], nil),
        (
            "x-mock-response-code selects by status", "GET", "/project/x", [("x-mock-response-code", "404")],
            "Get project not found"
        ),
        (
            "x-mock-response-code with no such status is a miss", "GET", "/project/x",
            [("x-mock-response-code", "500")], nil
        ),
        (
            "x-mock-response-name selects by name", "POST", "/access_token",
            [("x-mock-response-name", "Create token too short")], "Create token too short"
        ),
        ("x-mock-response-name must exist", "POST", "/access_token", [("x-mock-response-name", "nope")], nil),
        ("x-mock-response-id selects by id", "GET", "/me", [("x-mock-response-id", "u-1")], "Me"),
        ("2xx is preferred whatever the order", "GET", "/me", [], "Me"),
        ("the 429 can be forced", "GET", "/me", [("X-Mock-Response-Code", "429")], "Rate limited"),
        ("matching query value wins", "GET", "/search?page=2", [], "Search page 2"),
        ("placeholder query value matches any value", "GET", "/search?q=x", [], "Search by q"),
        ("no query prefers the example without one", "GET", "/search", [], "Search any"),
        ("a different query value loses to no query", "GET", "/search?page=3", [], "Search any"),
        ("matching header wins", "GET", "/account", [("x-role", "user")], "User view"),
        ("without the header the first example wins", "GET", "/account", [], "Admin view"),
    ]

    @Test(arguments: rules)
    func requestSelectsTheExpectedExample(
        rule: String, method: String, target: String, headers: HTTPHeaders, expected: String?
    ) {
        #expect(matcher.match(request(method, target, headers: headers))?.name == expected, "\(rule)")
    }

    @Test func basePathIsStrippedBeforeMatching() {
        let prefixed = ExampleMatcher(examples: examples, basePath: "/v1/")
        #expect(prefixed.match(request("GET", "/v1/clouds"))?.name == "List clouds")
        #expect(prefixed.match(request("GET", "/clouds"))?.name == "List clouds")
        #expect(prefixed.match(request("GET", "/v2/clouds")) == nil)
    }

    @Test func responseReplaysTheExampleWithoutFramingHeaders() {
        let response = matcher.response(for: request("GET", "/clouds"))
        #expect(response.status == 200)
        #expect(response.headers.fields == [HTTPField(name: "Content-Type", value: "application/json")])
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"example":"List clouds"}"#)
    }

    @Test func unmatchedRequestGets404NamingTheClosestExamples() {
        let response = matcher.response(for: request("GET", "/project/x/services"))
        #expect(response.status == 404)
        #expect(response.headers["Content-Type"] == "application/json")
        #expect(
            String(decoding: response.body, as: UTF8.self)
                == #"{"error":{"status":404,"message":"no saved example matches GET /project/x/services","closest":["#
                + #"{"name":"Get project","method":"GET","path":"/project/:project","status":200},"#
                + #"{"name":"Get project not found","method":"GET","path":"/project/:project","status":404},"#
                + #"{"name":"Get service","method":"GET","path":"/project/{{project}}/service/{{service_name}}","#
                + #""status":200}]}}"#
        )
    }

    @Test func unmatchedSelectorIsNamedInThe404() {
        let response = matcher.response(for: request("GET", "/me", headers: [("x-mock-response-code", "500")]))
        #expect(
            String(decoding: response.body, as: UTF8.self)
                == #"{"error":{"status":404,"#
                + #""message":"no saved example matches GET /me with x-mock-response-code: 500","closest":["#
                + #"{"name":"Rate limited","method":"GET","path":"/me","status":429},"#
                + #"{"name":"Me","method":"GET","path":"/me","status":200}]}}"#
        )
    }

    @Test func emptyCollectionAnswers404WithNoCandidates() {
        let response = ExampleMatcher(examples: []).response(for: request("GET", "/x"))
        #expect(
            String(decoding: response.body, as: UTF8.self)
                == #"{"error":{"status":404,"message":"no saved example matches GET /x","closest":[]}}"#)
    }

    @Test func matcherServesOverHTTP() throws {
        let server = try HTTPServer { matcher.response(for: $0) }
        server.start()
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        try client.send("GET /project/p1 HTTP/1.1\r\nx-mock-response-code: 404\r\n\r\nGET /nowhere HTTP/1.1\r\n\r\n")
        let found = try client.readResponse()
        let missing = try client.readResponse()
        #expect(found.status == 404)
        #expect(found.bodyText == #"{"example":"Get project not found"}"#)
        #expect(missing.status == 404)
        #expect(
            missing.bodyText.hasPrefix(#"{"error":{"status":404,"message":"no saved example matches GET /nowhere""#))
    }
}
