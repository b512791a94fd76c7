import Foundation
import TestSupport
import Testing
import Transport

@testable import Runner

@Suite struct RequestBuilderTests {
    private func send(_ request: String, extra: String = "", collectionExtra: String = "", configure: (inout RunInput) -> Void = { _ in })
        throws -> (HTTPRequest?, RunResult)
    {
        let collection = try RunnerFixture.collection(
            items: RunnerFixture.request("R", request, extra: extra), extra: collectionExtra)
        let transport = StubTransport()
        let (result, _) = try RunnerFixture.run(collection, transport: transport, configure: configure)
        return (transport.requests.first, result)
    }

    @Test func structuredURLWinsOverRawAndFillsPathVariables() throws {
        let (request, _) = try send(
            """
            {"method": "GET", "url": {"raw": "ignored", "protocol": "https", "host": ["api", "example", "test"],
              "path": ["project", ":project", "file:id.json"], "query": [{"key": "a", "value": "1"},
              {"key": "off", "value": "x", "disabled": true}, {"key": "flag"}],
              "variable": [{"key": "project", "value": "demo"}]}}
            """)
        #expect(request?.url.absoluteString == "https://api.example.test/project/demo/file:id.json?a=1&flag")
    }

    @Test func urlIsPercentEncodedAsPostmanDoes() throws {
        let (request, _) = try send(#"{"url": "http://h.test/a b/é?q=a b&keep=%41&plus=1+2&quote=\"x\""}"#)
        #expect(request?.url.absoluteString == "http://h.test/a%20b/%C3%A9?q=a%20b&keep=%41&plus=1+2&quote=%22x%22")
    }

    @Test func rawURLWithoutSchemeIsSentOverHTTP() throws {
        let (request, _) = try send(#"{"url": {"raw": "h.test:8080/x"}}"#)
        #expect(request?.url.absoluteString == "http://h.test:8080/x")
    }

    @Test func defaultHeadersAreAddedAfterTheUsersOwnAndUserHeadersWin() throws {
        let (request, _) = try send(
            #"{"url": "http://h.test/", "header": [{"key": "Accept", "value": "application/json"}, {"key": "X-Off", "value": "1", "disabled": true}]}"#)
        let names = request?.headers.fields.map(\.name)
        #expect(
            names == ["Accept", "User-Agent", "Cache-Control", "Postman-Token", "Host", "Accept-Encoding", "Connection"])
        #expect(request?.headers["Accept"] == "application/json")
        #expect(request?.headers["User-Agent"] == "postie/\(PostieVersion.current)")
        #expect(request?.headers["Host"] == "h.test")
        #expect(request?.headers["Postman-Token"]?.count == 36)
    }

    @Test func basicAuthReplacesTheUsersAuthorizationHeader() throws {
        let (request, result) = try send(
            #"{"url": "http://h.test/", "header": [{"key": "Authorization", "value": "mine"}], "auth": {"type": "basic", "basic": [{"key": "username", "value": "user"}, {"key": "password", "value": "{{pw}}"}]}}"#,
            configure: { $0.environmentOverrides = [VariableOverride(key: "pw", value: "pass")] })
        #expect(request?.headers.values(for: "Authorization") == ["Basic dXNlcjpwYXNz"])
        #expect(request?.headers.fields.first?.name == "Authorization")
        #expect(result.executions[0].request?.headers["Authorization"] == "***")
    }

    @Test func bearerAuthSendsTheTokenAndEmptyTokenSendsNothing() throws {
        let (request, _) = try send(
            #"{"url": "http://h.test/", "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "abc"}]}}"#)
        #expect(request?.headers["Authorization"] == "Bearer abc")
        let (empty, _) = try send(#"{"url": "http://h.test/", "auth": {"type": "bearer", "bearer": []}}"#)
        #expect(empty?.headers["Authorization"] == nil)
    }

    @Test func apiKeyAuthGoesInAHeaderOrTheQuery() throws {
        let (header, _) = try send(
            #"{"url": "http://h.test/", "auth": {"type": "apikey", "apikey": [{"key": "key", "value": "Authorization"}, {"key": "value", "value": "aivenv1 tok"}]}}"#)
        #expect(header?.headers["Authorization"] == "aivenv1 tok")
        let (query, result) = try send(
            #"{"url": "http://h.test/?x=1&api_key=old", "auth": {"type": "apikey", "apikey": {"key": "api_key", "value": "SECRET", "in": "query"}}}"#)
        #expect(query?.url.query == "x=1&api_key=SECRET")
        #expect(result.executions[0].request?.url.absoluteString.contains("SECRET") == false)
    }

    @Test func unsupportedAuthTypeIsAnErrorAndNothingIsSent() throws {
        let collection = try RunnerFixture.collection(
            items: RunnerFixture.request("R", #"{"url": "http://h.test/", "auth": {"type": "kerberos", "kerberos": []}}"#))
        let transport = StubTransport()
        let (result, _) = try RunnerFixture.run(collection, transport: transport)
        #expect(transport.requests.isEmpty)
        #expect(
            result.executions[0].errors == [
                ExecutionError(
                    phase: .auth, message: "auth type 'kerberos' is not a Postman auth type Postie knows; the request was not sent",
                    location: "test.json › R › auth")
            ])
    }

    @Test func rawJSONBodyGetsItsContentTypeAndLosesComments() throws {
        let (request, _) = try send(
            #"{"method": "POST", "url": "http://h.test/", "body": {"mode": "raw", "raw": "{\"a\": \"//kept\" // gone\n, /* gone */ \"b\": 1}", "options": {"raw": {"language": "json"}}}}"#)
        #expect(request?.headers["Content-Type"] == "application/json")
        #expect(request?.body.map { String(decoding: $0, as: UTF8.self) } == "{\"a\": \"//kept\" \n,  \"b\": 1}")
    }

    @Test func getBodiesArePruned() throws {
        let (request, _) = try send(#"{"method": "GET", "url": "http://h.test/", "body": {"mode": "raw", "raw": "x"}}"#)
        #expect(request?.body == nil)
        #expect(request?.headers["Content-Type"] == nil)
    }

    @Test func urlencodedBodyUsesPercentTwentyAndKeepsRepeatedKeys() throws {
        let (request, _) = try send(
            #"{"method": "POST", "url": "http://h.test/", "body": {"mode": "urlencoded", "urlencoded": [{"key": "a", "value": "x y"}, {"key": "a", "value": "é&"}, {"key": "off", "value": "1", "disabled": true}]}}"#)
        #expect(request?.body.map { String(decoding: $0, as: UTF8.self) } == "a=x%20y&a=%C3%A9%26")
        #expect(request?.headers["Content-Type"] == "application/x-www-form-urlencoded")
    }

    @Test func graphqlBodySplicesVariablesVerbatim() throws {
        let (request, _) = try send(
            #"{"method": "POST", "url": "http://h.test/", "body": {"mode": "graphql", "graphql": {"query": "{ me { id } }", "variables": "{\"a\": 1}"}}}"#)
        #expect(
            request?.body.map { String(decoding: $0, as: UTF8.self) } == #"{"query":"{ me { id } }","variables":{"a": 1}}"#)
    }

    @Test func formdataBodyHasTextAndFileParts() throws {
        let collection = try RunnerFixture.collection(
            items: RunnerFixture.request(
                "R",
                #"{"method": "POST", "url": "http://h.test/", "body": {"mode": "formdata", "formdata": [{"key": "name", "value": "v", "type": "text"}, {"key": "doc", "src": "a.json", "type": "file"}]}}"#
            ))
        let transport = StubTransport()
        _ = try RunnerFixture.run(collection, transport: transport, files: ["a.json": "{}"])
        let request = try #require(transport.requests.first)
        let contentType = try #require(request.headers["Content-Type"])
        #expect(contentType.hasPrefix("multipart/form-data; boundary=--------------------------"))
        let boundary = String(contentType.dropFirst("multipart/form-data; boundary=".count))
        #expect(boundary.count == 50)
        let body = String(decoding: request.body ?? Data(), as: UTF8.self)
        #expect(
            body == "--\(boundary)\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nv\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"doc\"; filename=\"a.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n{}\r\n--\(boundary)--\r\n")
    }

    @Test func unresolvedVariableIsSentLiterallyAndReportedWithItsLocation() throws {
        let (request, result) = try send(#"{"url": "http://h.test/{{missing}}/x"}"#)
        #expect(request?.url.absoluteString == "http://h.test/%7B%7Bmissing%7D%7D/x")
        #expect(
            result.warnings.map(\.description) == [
                """
                warning: unresolved variable 'missing'
                  --> test.json › R › url
                   |
                   | http://h.test/{{missing}}/x
                   |               ^^^^^^^^^^^
                   = help: define 'missing' in the environment or pass --env-var missing=<value>
                """
            ])
    }

    @Test func urlWithoutAHostIsAnError() throws {
        let (request, result) = try send(#"{"url": "{{baseUrl}}/clouds"}"#)
        #expect(request == nil)
        #expect(result.executions[0].errors.map(\.message) == ["invalid URL '{{baseUrl}}/clouds': it cannot be parsed"])
    }

    @Test func variablePrecedenceIsDataThenEnvironmentThenCollectionThenGlobals() throws {
        let collection = try RunnerFixture.collection(
            items: RunnerFixture.request("R", #"{"url": "http://h.test/{{a}}/{{b}}/{{c}}/{{d}}"}"#),
            extra: #""variable": [{"key": "a", "value": "col"}, {"key": "b", "value": "col"}, {"key": "c", "value": "col"}]"#)
        let transport = StubTransport()
        _ = try RunnerFixture.run(collection, transport: transport) { input in
            input.iterationData = [["a": "data"]]
            input.environmentOverrides = [VariableOverride(key: "a", value: "env"), VariableOverride(key: "b", value: "env")]
            input.globalOverrides = [
                VariableOverride(key: "a", value: "glob"), VariableOverride(key: "c", value: "glob"),
                VariableOverride(key: "d", value: "glob"),
            ]
        }
        #expect(transport.requests.first?.url.path == "/data/env/col/glob")
    }
}

@Suite struct RequestBuilderPlatformTests {
    @Test func strictSSLOffThatCannotBeHonouredIsAWarning() throws {
        let item = RunnerFixture.request(
            "R", #"{"url": "https://h.test/"}"#, extra: #""protocolProfileBehavior": {"strictSSL": false}"#)
        let (result, _) = try RunnerFixture.run(try RunnerFixture.collection(items: item), transport: StubTransport())
        #expect(result.warnings.map(\.location) == ["test.json › R › protocolProfileBehavior.strictSSL"])
    }

    @Test func urlWithAnEmptyHostIsAnError() throws {
        let item = RunnerFixture.request("R", #"{"url": "http:///path"}"#)
        let transport = StubTransport()
        let (result, _) = try RunnerFixture.run(try RunnerFixture.collection(items: item), transport: transport)
        #expect(transport.requests.isEmpty)
        #expect(result.executions[0].errors.map(\.message) == ["invalid URL 'http:///path': it has no host"])
    }

    @Test func getBodyThatCannotBeSentIsDroppedWithAWarning() throws {
        let item = RunnerFixture.request(
            "R", #"{"url": "http://h.test/", "body": {"mode": "raw", "raw": "x"}}"#,
            extra: #""protocolProfileBehavior": {"disableBodyPruning": true}"#)
        let transport = StubTransport()
        let (result, _) = try RunnerFixture.run(try RunnerFixture.collection(items: item), transport: transport)
        #expect(transport.requests.first?.body == nil)
        #expect(result.warnings.map(\.message) == [
            "the GET body was not sent: URLSession on Linux cannot send a body with GET"
        ])
    }
}

@Suite struct URLEncoderFuzzTests {
    @Test func randomURLTextsEncodeOrFailButNeverCrash() {
        var generator = SeededGenerator(seed: 3)
        let alphabet = Array("htps:/?#[]@!$&'()*+,;=%{}|^`<> \"\\éü😀abcXYZ019-._~\u{0}\n")
        for _ in 0..<5_000 {
            let text = String((0..<Int.random(in: 0..<40, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator) ?? "a"
            })
            if case .success(let url) = URLEncoder.url(from: text) {
                #expect(url.host?.isEmpty == false)
            }
        }
    }
}
