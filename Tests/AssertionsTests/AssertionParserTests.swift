import Foundation
import JSON
import JSONPath
import TestSupport
import Testing
import Transport

@testable import Assertions

/// The assertion line grammar: what parses to what, and the exact error for what does not.
@Suite struct AssertionParserTests {
    @Test func aLineParsesIntoQueryFilterNegationAndPredicate() throws {
        let assertion = try AssertionParser.parse("  not jsonpath \"$.items[*]\" count >= 2 ")
        #expect(assertion.source == "not jsonpath \"$.items[*]\" count >= 2")
        #expect(assertion.query == .jsonPath(try JSONPathQuery("$.items[*]")))
        #expect(assertion.counts)
        #expect(assertion.isNegated)
        #expect(assertion.predicate == .compare(.greaterOrEqual, .literal(.number(2))))
    }

    @Test(arguments: [
        ("status == 2xx", AssertionQuery.status, AssertionPredicate.compare(.equal, .statusClass(2))),
        ("header \"X-A\" exists", .header("X-A"), .exists),
        ("cookie \"sid\" isString", .cookie("sid"), .isString),
        ("body matches /a\\/b/", .body, .matches(.regex("a/b"))),
        ("duration < 2000", .duration, .compare(.less, .literal(.number(2000)))),
        ("size <= 1e3", .size, .compare(.lessOrEqual, .literal(.number(1000)))),
        ("contentType == \"a/b\"", .contentType, .compare(.equal, .literal(.string("a/b")))),
        ("status in [200, 3xx]", .status, .isIn([.literal(.number(200)), .statusClass(3)])),
        ("body == {{expected}}", .body, .compare(.equal, .bareTemplate("{{expected}}"))),
        ("body == \"x{{y}}\"", .body, .compare(.equal, .template("x{{y}}"))),
        ("body == [1, {{n}}]", .body, .compare(.equal, .array([.literal(.number(1)), .bareTemplate("{{n}}")]))),
        ("$.items[?@.id == {{id}}] exists", .jsonPathTemplate("$.items[?@.id == {{id}}]"), .exists),
        ("jsonpath \"$.{{field}}\" exists", .jsonPathTemplate("$.{{field}}"), .exists),
        ("body == {\"a\": [true, null]}", .body,
         .compare(.equal, .literal(.object(["a": .array([.bool(true), .null])])))),
    ])
    func queriesPredicatesAndValuesParse(line: String, query: AssertionQuery, predicate: AssertionPredicate) throws {
        let assertion = try AssertionParser.parse(line)
        #expect(assertion.query == query)
        #expect(assertion.predicate == predicate)
    }

    @Test(arguments: [
        ("", """
            error: empty assertion
               |
               | \("")
               | ^
               = help: write a check such as: status == 200
            """),
        ("stauts == 200", """
            error: unknown query 'stauts'
               |
               | stauts == 200
               | ^^^^^^
               = help: did you mean 'status'?
            """),
        ("status equals 200", """
            error: unknown predicate 'equals'
               |
               | status equals 200
               |        ^^^^^^
               = help: did you mean '=='?
            """),
        ("$.name isStrng", """
            error: unknown predicate 'isStrng'
               |
               | $.name isStrng
               |        ^^^^^^^
               = help: did you mean 'isString'?
            """),
        ("status", """
            error: expected a predicate after the query
               |
               | status
               |       ^
               = help: add a predicate such as == 200, exists or isString
            """),
        ("status == ", """
            error: '==' needs a value
               |
               | status ==
               |          ^
            """),
        ("$.name == Alice", """
            error: expected a value, found 'Alice'
               |
               | $.name == Alice
               |           ^^^^^
               = help: strings need double quotes: "Alice"
            """),
        ("$.a[?@.b ==] exists", """
            error: invalid JSONPath: expected a filter expression: a query ('@' or '$'), a literal or a function call
               |
               | $.a[?@.b ==] exists
               |            ^
            """),
        ("jsonpath \"$.a[\" exists", """
            error: invalid JSONPath: expected a selector
               |
               | jsonpath "$.a[" exists
               |               ^
            """),
        ("header X-A exists", """
            error: 'header' needs a quoted header name, such as header "Content-Type"
               |
               | header X-A exists
               |        ^
            """),
        ("status < 2xx", """
            error: a status class such as 2xx works only with ==, != and in
               |
               | status < 2xx
               |          ^^^
            """),
        ("body matches /(/", """
            error: invalid regular expression
               |
               | body matches /(/
               |              ^^^
            """),
        ("status in 200", """
            error: 'in' needs an array such as [200, 204]
               |
               | status in 200
               |           ^^^
            """),
        ("not status not == 1", """
            error: 'not' can appear only once
               |
               | not status not == 1
               |            ^^^
            """),
        ("status == 200 extra", """
            error: unexpected text after the assertion
               |
               | status == 200 extra
               |               ^^^^^
            """),
        ("status isUUID", """
            error: unknown predicate 'isUUID'
               |
               | status isUUID
               |        ^^^^^^
               = help: did you mean 'isUuid'?
            """),
    ])
    func malformedLineIsReportedWithACaretAndASuggestion(line: String, expected: String) {
        #expect {
            try AssertionParser.parse(line)
        } throws: { error in
            let description = (error as? AssertionSyntaxError)?.description ?? ""
            #expect(description == expected)
            return description == expected
        }
    }

    @Test func errorCanBeRenderedWithALocation() {
        let error = AssertionSyntaxError(message: "unknown query 'x'", line: "x == 1", offset: 0, help: nil)
        #expect(error.rendered(location: "--assert") == """
            error: unknown query 'x'
              --> --assert
               |
               | x == 1
               | ^
            """)
    }

    @Test func randomBytesNeverCrashTheParsers() {
        var generator = SeededGenerator(seed: 7)
        let pieces = ["status", "header", "\"", "$", ".", "[", "]", "?", "@", "==", "<", "not", " ", "{{", "}}", "/", "\\",
                      "2xx", "in", "[", ",", "1", "-", "e", "count", "matches", "isString", "{", "}", ":", "é", "\u{0}"]
        let queries = ["status", "header \"A\"", "$.a", "$[*]", "$..b", "body", "size", "cookie \"c\"", "contentType", "$[?@>1]"]
        let predicates = ["== 1", "!= \"x\"", "< 2", "exists", "isString", "contains \"a\"", "in [1, 2xx]", "matches /a+/", "isEmpty",
                          "== {{v}}", "== [1, {\"k\": null}]", "startsWith \"{{p}}\"", "== 2xx", "isIsoDate"]
        var parsed = 0
        for _ in 0..<5_000 {
            // A plausible line, then (half the time) a random piece spliced in somewhere.
            var text = (Bool.random(using: &generator) ? "not " : "") + (queries.randomElement(using: &generator) ?? "")
                + (Bool.random(using: &generator) ? " count " : " ") + (predicates.randomElement(using: &generator) ?? "")
            if Bool.random(using: &generator) {
                let scalars = Array(text.unicodeScalars)
                let cut = Int.random(in: 0...scalars.count, using: &generator)
                text = String(String.UnicodeScalarView(scalars[..<cut])) + (pieces.randomElement(using: &generator) ?? "")
                    + String(String.UnicodeScalarView(scalars[cut...]))
            }
            if let assertion = try? AssertionParser.parse(text) {
                parsed += 1
                _ = AssertionEvaluator(response: HTTPResponse(status: 200, body: Data("[1]".utf8)), duration: .zero)
                    .evaluate(assertion)
            }
            _ = try? AssertionsFile.parse("{\"**\": [\"\(text)\"]}", file: "f.json")
            _ = try? RequestSelector(text)
        }
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let text = String(decoding: bytes, as: UTF8.self)
            _ = try? AssertionParser.parse(text)
            _ = try? AssertionsFile.parse(text, file: "f.json")
        }
        // Some of the random lines must parse, or the evaluator was never exercised.
        #expect(parsed > 20)
    }
}
