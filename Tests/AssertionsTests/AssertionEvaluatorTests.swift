import Foundation
import JSON
import Testing
import Transport

@testable import Assertions

/// Every query and predicate, evaluated against one fixed response.
@Suite struct AssertionEvaluatorTests {
    static let body = """
        {"id": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "name": "Alice", "email": "alice@example.com", "age": 30,
         "ratio": 1.5, "active": true, "tags": ["a", "b"], "empty": [], "nothing": null,
         "created": "2024-02-29T13:45:00Z", "items": [{"price": 5, "name": "x"}, {"price": 15, "name": "y"}],
         "meta": {}}
        """

    static let response = HTTPResponse(
        status: 200,
        headers: [
            ("Content-Type", "application/json; charset=utf-8"), ("Set-Cookie", "sid=abc123; Path=/; HttpOnly"),
            ("Set-Cookie", "theme=dark"), ("X-Request-Id", "r1"),
        ],
        body: Data(body.utf8))

    static func evaluator(_ response: HTTPResponse = response) -> AssertionEvaluator {
        AssertionEvaluator(response: response, duration: .milliseconds(120)) { text in
            text.replacingOccurrences(of: "{{user}}", with: "Alice").replacingOccurrences(of: "{{age}}", with: "30")
                .replacingOccurrences(of: "{{field}}", with: "name").replacingOccurrences(of: "{{price}}", with: "15")
        }
    }

    static func run(_ line: String, on response: HTTPResponse = response) throws -> AssertionResult {
        evaluator(response).evaluate(try AssertionParser.parse(line))
    }

    @Test(arguments: [
        ("status == 200", true), ("status == 2xx", true), ("status != 2xx", false), ("status == 4xx", false),
        ("status < 400", true), ("status >= 200", true), ("status > 200", false), ("status <= 199", false),
        ("status in [200, 204]", true), ("status in [3xx, 2xx]", true), ("status in [201, 4xx]", false),
        ("not status == 500", true), ("status not == 200", false),
        ("header \"content-type\" contains \"json\"", true), ("header \"X-Request-Id\" == \"r1\"", true),
        ("header \"X-Missing\" exists", false), ("header \"X-Missing\" not exists", true),
        ("contentType == \"application/json\"", true), ("contentType startsWith \"text/\"", false),
        ("cookie \"sid\" == \"abc123\"", true), ("cookie \"theme\" == \"dark\"", true), ("cookie \"nope\" exists", false),
        ("body contains \"Alice\"", true), ("body startsWith \"{\"", true), ("body endsWith \"}\"", true),
        ("duration < 2000", true), ("duration > 1000", false), ("duration == 120", true),
        ("size > 10", true), ("size == 0", false),
        ("$.name == \"Alice\"", true), ("jsonpath \"$.name\" == \"Alice\"", true), ("$.name != \"Bob\"", true),
        ("$.name isString", true), ("$.age isString", false), ("$.age isInteger", true), ("$.ratio isInteger", false),
        ("$.ratio isNumber", true), ("$.active isBoolean", true), ("$.active == true", true), ("$.active == 1", false),
        ("$.age == 30.0", true), ("$.age == \"30\"", false), ("$.nothing isNull", true), ("$.name isNull", false),
        ("$.tags isArray", true), ("$.meta isObject", true), ("$.meta isEmpty", true), ("$.empty isEmpty", true),
        ("$.tags isEmpty", false), ("$.name isEmpty", false),
        ("$.tags count == 2", true), ("$.tags[*] count == 2", true), ("$.name count == 5", true),
        ("$.tags contains \"a\"", true), ("$.tags contains \"z\"", false), ("$.tags[*] contains \"b\"", true),
        ("$.meta contains \"x\"", false), ("$.tags == [\"a\", \"b\"]", true), ("$.tags[*] == [\"a\", \"b\"]", true),
        ("$.tags[*] != [\"b\", \"a\"]", true), ("$.tags[*] isString", true), ("$.items[*].price > 10", false),
        ("$.items[*].price > 1", true), ("$.items[?@.price > 10].name == \"y\"", true),
        ("$.items[?@.price > 100] count == 0", true), ("$.items[?@.price > 100] exists", false),
        ("$.items[?@.price > 100] isEmpty", true), ("$.items[*].price not isNull", true),
        ("$.items[*].price not == 5", false), ("$..name count == 3", true),
        ("$.id isUuid", true), ("$.name isUuid", false), ("$.email isEmail", true), ("$.name isEmail", false),
        ("$.created isIsoDate", true), ("$.name isIsoDate", false), ("$.age isIsoDate", false),
        ("$.name matches /^Al.ce$/", true), ("$.name matches /\\d/", false), ("$.id matches /^[0-9a-f-]{36}$/", true),
        ("$.name matches \"lic\"", true),
        ("$.name startsWith \"Al\"", true), ("$.name endsWith \"ce\"", true), ("$.name endsWith \"Al\"", false),
        ("$.name in [\"Bob\", \"Alice\"]", true), ("$.age in [1, 2]", false),
        ("$.missing exists", false), ("$.missing not exists", true), ("$.missing == 1", false),
        ("$.name == \"{{user}}\"", true), ("$.age == {{age}}", true), ("$.tags[*] exists", true),
        ("$.name > \"Aaron\"", true), ("$.created < \"2025-01-01\"", true), ("$.age==30", true),
        ("$.items[?@.price>10].name==\"y\"", true), ("$.age!=30", false), ("$.age<=30", true),
        ("$[?@ == '{{user}}'] count == 1", true), ("jsonpath \"$.items[?@.price == {{age}}]\" exists", false),
        ("header \"X-{{user}}\" exists", false), ("$.{{field}} == \"Alice\"", true),
        ("$.items[?@.price == {{price}}].name == \"y\"", true),
    ])
    func assertionGivesItsOutcome(line: String, passes: Bool) throws {
        let result = try Self.run(line)
        #expect(result.passed == passes, "\(result)")
        #expect(result.name == line)
    }

    @Test(arguments: [
        ("$.name > 3", "cannot compare a string with a number", "\"Alice\"", "$['name']"),
        ("$.name == 2xx", "a status class needs a number, got a string", "\"Alice\"", "$['name']"),
        ("$.age contains \"3\"", "contains needs a string, an array or an object, got a number", "30", "$['age']"),
        ("$.name contains 1", "contains on a string needs a string, got a number", "\"Alice\"", "$['name']"),
        ("$.age matches /3/", "matches needs a string, got a number", "30", "$['age']"),
        ("$.age isEmpty", "isEmpty needs a string, an array or an object, got a number", "30", "$['age']"),
        ("$.age count == 1", "count needs a list, an array, an object or a string, got a number", "30", "$['age']"),
        ("$.items[*].name > 1", "cannot compare a string with a number", "\"x\"", "$['items'][0]['name']"),
        ("$.items[?@.price > 100] isString", "the query selected no node", "[]", nil),
        ("$.missing == 1", "no node: nothing to check", "no node", nil),
        ("header \"ETag\" == \"x\"", "no header 'ETag': nothing to check", "no header 'ETag'", nil),
    ])
    func typeErrorsFailWithAClearMessage(line: String, message: String, actual: String, path: String?) throws {
        let result = try Self.run(line)
        #expect(!result.passed)
        #expect(result.message == message)
        #expect(result.actual == actual)
        #expect(result.path == path)
    }

    @Test func failureShowsExpectedActualAndTheOffendingNodePath() throws {
        let result = try Self.run("$.items[*].price >= 10")
        #expect(result == AssertionResult(
            name: "$.items[*].price >= 10", passed: false, expected: ">= 10", actual: "5", path: "$['items'][0]['price']"))
    }

    @Test func failureLinesAreAlignedAndIncludeThePathAndMessage() throws {
        #expect(try Self.run("$.items[*].price >= 10").failureLines() == [
            "expected: >= 10", "actual:   5", "path:     $['items'][0]['price']",
        ])
        #expect(try Self.run("$.name > 3").failureLines(actual: "\"Al…\"") == [
            "expected: > 3", "actual:   \"Al…\"", "path:     $['name']", "message:  cannot compare a string with a number",
        ])
    }

    @Test func expectedTextShowsResolvedTemplatesAndNegation() throws {
        #expect(try Self.run("$.name not == \"{{user}}\"").expected == "not == \"Alice\"")
        #expect(try Self.run("status in [200, 2xx]").expected == "in [200, 2xx]")
        #expect(try Self.run("$.name matches /a\\/b/").expected == "matches /a\\/b/")
    }

    @Test func aBodyThatIsNotJSONFailsJSONPathChecksWithAMessage() throws {
        let html = HTTPResponse(status: 502, headers: [("Content-Type", "text/html")], body: Data("<html>".utf8))
        let result = try Self.run("$.id exists", on: html)
        #expect(!result.passed)
        #expect(result.message == "the body is not JSON: unexpected character '<' at line 1, column 1")
        let empty = try Self.run("$.id exists", on: HTTPResponse(status: 204))
        #expect(empty.message == "the body is empty, not JSON")
    }

    @Test func aJSONPathThatBreaksOnceResolvedFailsWithAMessage() throws {
        let evaluator = AssertionEvaluator(response: Self.response, duration: .zero) { _ in "$[?@ == 'x]" }
        let result = evaluator.evaluate(try AssertionParser.parse("$[?@ == '{{name}}'] exists"))
        #expect(!result.passed)
        #expect(result.message == "with its variables resolved, the JSONPath $[?@ == 'x] is invalid: unterminated string")
    }

    @Test func captureTakesStringsRawAndOtherValuesAsJSON() throws {
        let evaluator = Self.evaluator()
        #expect(evaluator.capture(try AssertionParser.parseQuery("$.name")) == "Alice")
        #expect(evaluator.capture(try AssertionParser.parseQuery("$.tags")) == #"["a","b"]"#)
        #expect(evaluator.capture(try AssertionParser.parseQuery("$.items[*].name")) == "x")
        #expect(evaluator.capture(try AssertionParser.parseQuery("header \"X-Request-Id\"")) == "r1")
        #expect(evaluator.capture(try AssertionParser.parseQuery("$.missing")) == nil)
    }

    @Test func cookiesFoldedIntoOneHeaderAreSplit() throws {
        let folded = HTTPResponse(
            status: 200,
            headers: [("Set-Cookie", "a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Path=/, b=2; HttpOnly, a=3")])
        #expect(try Self.run("cookie \"b\" == \"2\"", on: folded).passed)
        #expect(try Self.run("cookie \"a\" == \"3\"", on: folded).passed)
    }

    @Test func longActualValuesAreCapped() throws {
        let big = HTTPResponse(status: 200, body: Data(("\"" + String(repeating: "x", count: 5_000) + "\"").utf8))
        let result = try Self.run("$ == \"y\"", on: big)
        #expect(result.actual.count == AssertionResult.maximumActualLength + 1)
    }
}
