import JSON
import Testing

@testable import PostmanFormat

@Suite struct DocumentLoaderTests {
    static let schema21 = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
    static let schema20 = "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"

    @Test func version21CollectionLoadsFoldersRequestsAndAuth() throws {
        let text = """
            {"info": {"name": "Demo", "schema": "\(Self.schema21)"},
             "auth": {"type": "apikey", "apikey": [{"key": "key", "value": "Authorization"}, {"key": "value", "value": "aivenv1 {{authToken}}"}]},
             "item": [
               {"name": "Folder", "item": [
                 {"name": "Get", "request": {"method": "get", "url": {"raw": "{{baseUrl}}/project/:project?x=1",
                   "host": ["{{baseUrl}}"], "path": ["project", ":project"], "query": [{"key": "x", "value": "1"}, {"key": "y", "value": "2", "disabled": true}],
                   "variable": [{"key": "project", "value": "demo"}]},
                   "header": [{"key": "Accept", "value": "application/json"}]},
                  "event": [{"listen": "test", "script": {"exec": ["pm.test('a');", "pm.test('b');"]}}]}
               ]}
             ]}
            """
        let collection = try DocumentLoader.loadCollection(text: text, file: "c.json")
        #expect(collection.info.name == "Demo")
        #expect(collection.auth?.type == "apikey")
        #expect(collection.auth?.string("value") == "aivenv1 {{authToken}}")
        guard case .folder(let folder) = collection.items.first, case .request(let item) = folder.items.first else {
            Issue.record("expected a folder holding a request")
            return
        }
        #expect(item.request.method == "GET")
        #expect(item.request.url.text() == "{{baseUrl}}/project/demo?x=1")
        #expect(item.events.first?.source == "pm.test('a');\npm.test('b');")
        #expect(item.location == "item[0].item[0]")
    }

    @Test func version20AuthObjectAndStringURLLoad() throws {
        let text = """
            {"info": {"name": "Old", "schema": "\(Self.schema20)"},
             "item": [{"name": "R", "request": {"url": "http://example.test/a/b?q", "method": "POST",
               "auth": {"type": "basic", "basic": {"username": "u", "password": "p"}}}}]}
            """
        let collection = try DocumentLoader.loadCollection(text: text, file: "c.json")
        guard case .request(let item) = collection.items.first else {
            Issue.record("expected a request")
            return
        }
        #expect(item.request.auth?.string("username") == "u")
        #expect(item.request.url.host == ["example", "test"])
        #expect(item.request.url.path == ["a", "b"])
        #expect(item.request.url.query == [KeyValueParameter(key: "q", value: nil)])
    }

    struct ErrorCase: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var expected: String
        var testDescription: String { name }
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase(
            name: "truncated JSON", text: "{\"info\": {\"name\": \"x\"",
            expected: """
                error: the file is not valid JSON: unexpected end of input inside an object
                  --> c.json:1:22
                   |
                   | {"info": {"name": "x"
                   |                      ^
                   = help: fix the JSON syntax, or export the file from Postman again
                """),
        ErrorCase(
            name: "v1 collection", text: #"{"name": "Old", "order": [], "requests": []}"#,
            expected: """
                error: this is a Postman Collection v1 file, which Postie does not read
                  --> c.json:1:1
                   |
                   | {"name": "Old", "order": [], "requests": []}
                   | ^
                   = help: open it in Postman and export it again as Collection v2.1 (… › Export › Collection v2.1)
                """),
        ErrorCase(
            name: "unknown schema",
            text: #"{"info": {"name": "x", "schema": "https://example.test/v9.json"}, "item": []}"#,
            expected: """
                error: unknown collection schema 'https://example.test/v9.json'
                  --> c.json:1:34 › info.schema
                   |
                   | {"info": {"name": "x", "schema": "https://example.test/v9.json"}, "item": []}
                   |                                  ^
                   = help: Postie reads collection formats v2.0.0 and v2.1.0; export the collection again as v2.1
                """),
        ErrorCase(
            name: "wrong type at a JSON path",
            text: """
                {"info": {"name": "x", "schema": "\(schema21)"},
                 "item": [{"name": "F", "item": [
                   {"name": "R", "request": {"url": 5}}]}]}
                """,
            expected: """
                error: 'item[0].item[0].request.url' should be a URL string or object, but it is a number
                  --> c.json:3:37 › item[0].item[0].request.url
                   |
                   |    {"name": "R", "request": {"url": 5}}]}]}
                   |                                     ^
                """),
    ]

    @Test(arguments: errorCases) func badCollectionsGetALocatedError(_ testCase: ErrorCase) {
        do {
            _ = try DocumentLoader.loadCollection(text: testCase.text, file: "c.json")
            Issue.record("loaded instead of failing")
        } catch {
            #expect(error.description == testCase.expected)
        }
    }

    @Test func everyProblemIsReportedInOnePass() {
        let text = """
            {"info": {"name": "x", "schema": "\(Self.schema21)"},
             "item": [{"name": "A", "request": {"url": 1}}, {"name": "B", "request": {"url": "u", "header": 3}}, 7]}
            """
        do {
            _ = try DocumentLoader.loadCollection(text: text, file: "c.json")
            Issue.record("loaded instead of failing")
        } catch {
            #expect(error.errors.map(\.path) == ["item[2]", "item[0].request.url", "item[1].request.header"])
        }
    }

    @Test func environmentKeepsDisabledAndEnabledFlagsApart() throws {
        let text = """
            {"name": "env", "values": [
              {"key": "a", "value": "1", "enabled": false},
              {"key": "b", "value": "2", "disabled": true},
              {"key": "token", "value": "s3cret", "type": "secret"}]}
            """
        let environment = try DocumentLoader.loadEnvironment(text: text, file: "e.json")
        #expect(environment.values.map(\.isDisabled) == [false, true, false])
        #expect(environment.values[0].isEnabled == false)
        #expect(environment.values[2].isSecret)
    }

    @Test(arguments: [
        ("http://h.test:8080/a/b?x=1&flag&e=#frag", "http", ["h", "test"], "8080", ["a", "b"], 3, "frag"),
        ("{{baseUrl}}/project/{{p.name}}", nil, ["{{baseUrl}}"], nil, ["project", "{{p.name}}"], 0, nil),
        ("localhost:3000", nil, ["localhost"], "3000", [], 0, nil),
    ] as [(String, String?, [String], String?, [String], Int, String?)])
    func rawURLsSplitLikePostman(
        _ raw: String, _ scheme: String?, _ host: [String], _ port: String?, _ path: [String], _ queryCount: Int,
        _ hash: String?
    ) {
        let url = URLTemplateParser.parse(raw)
        #expect(url.scheme == scheme)
        #expect(url.host == host)
        #expect(url.port == port)
        #expect(url.path == path)
        #expect(url.query.count == queryCount)
        #expect(url.hash == hash)
        #expect(url.text() == raw)
    }
}
