import Foundation
import JSON
import Testing

@testable import Assertions

/// Contract checks of responses against saved examples.
@Suite struct ContractCheckerTests {
    static let projectsExample = ContractExample(
        name: "List projects", code: 200, contentType: "application/json",
        body: """
            {"projects": [{"project_name": "p1", "estimated_balance": "4.11", "tags": {"env": "prod"},
                           "features": [{"name": "x", "enabled": true}]}],
             "errors": [], "owner": null}
            """)

    static func check(
        _ body: String, status: Int = 200, contentType: String? = "application/json; charset=utf-8",
        examples: [ContractExample] = [projectsExample], options: ContractOptions = ContractOptions()
    ) -> ContractResult {
        ContractChecker(examples: examples, options: options).check(
            status: status, contentType: contentType, body: Data(body.utf8))
    }

    @Test func aMatchingResponsePasses() {
        let result = Self.check("""
            {"projects": [{"project_name": "a", "estimated_balance": "1", "tags": {"env": "x"},
                           "features": [{"name": "y", "enabled": false}, {"name": "z", "enabled": true}]},
                          {"project_name": "b", "estimated_balance": "2", "tags": {"env": "y", "team": "t"},
                           "features": []}],
             "errors": ["anything", 1], "owner": "someone", "extra": 1}
            """)
        #expect(result.outcome == .passed)
        #expect(result.exampleName == "List projects")
        #expect(result.mismatches.isEmpty)
    }

    @Test func theDiffListsEveryMismatchAlignedByPath() {
        let result = Self.check("""
            {"projects": [{"project_name": "a", "estimated_balance": 4.11,
                           "features": [{"name": "y", "enabled": "yes"}]}],
             "errors": []}
            """)
        #expect(result.outcome == .failed)
        #expect(result.report == """
            $.projects[0].estimated_balance    expected string  got number (4.11)
            $.projects[0].tags                 missing
            $.projects[0].features[0].enabled  expected boolean  got string ("yes")
            $.owner                            missing
            """)
    }

    @Test func theIssueExampleRendersExactly() {
        let example = ContractExample(
            name: "ok", code: 200, contentType: "application/json",
            body: #"{"projects": [{"estimated_balance": "0.00", "tags": {}}]}"#)
        let result = Self.check(#"{"projects": [{"estimated_balance": 4.11}]}"#, examples: [example])
        #expect(result.report == """
            $.projects[0].estimated_balance  expected string  got number (4.11)
            $.projects[0].tags               missing
            """)
    }

    @Test func nullsAreLenientByDefaultAndStrictOnRequest() {
        let example = ContractExample(name: "n", code: 200, contentType: nil, body: #"{"a": "x", "b": null}"#)
        let body = #"{"a": null, "b": 3}"#
        #expect(Self.check(body, examples: [example]).outcome == .passed)
        let strict = Self.check(body, examples: [example], options: ContractOptions(nulls: .strict))
        #expect(strict.report == """
            $.a  expected string  got null
            $.b  expected null  got number (3)
            """)
    }

    @Test(arguments: [
        (ContractOptions.ExtraKeys.ignore, ContractResult.Outcome.passed, "", ""),
        (.warn, .passed, "", "$['x y']  unexpected key"),
        (.fail, .failed, "$['x y']  unexpected key", ""),
    ])
    func extraKeysAreIgnoredWarnedOrFailed(
        mode: ContractOptions.ExtraKeys, outcome: ContractResult.Outcome, report: String, warnings: String
    ) {
        let example = ContractExample(name: "e", code: 200, contentType: nil, body: #"{"a": 1}"#)
        let result = Self.check(#"{"a": 2, "x y": true}"#, examples: [example], options: ContractOptions(extraKeys: mode))
        #expect(result.outcome == outcome)
        #expect(result.report == report)
        #expect(result.warningReport == warnings)
    }

    @Test func anAlreadyParsedBodyIsCheckedTheSameWay() {
        let example = ContractExample(name: "e", code: 200, contentType: nil, body: #"{"a": 1}"#)
        let checker = ContractChecker(examples: [example])
        #expect(checker.check(status: 200, contentType: nil, json: .object(["a": .string("x")])).report
            == "$.a  expected number  got string (\"x\")")
        #expect(checker.check(status: 200, contentType: nil, json: .object(["a": .number(2)])).outcome == .passed)
    }

    @Test func anItemWithoutExamplesHasNoContract() {
        #expect(Self.check("{}", examples: []).outcome == .noContract)
    }

    @Test func aStatusOutsideTheExampleCodesFails() {
        let other = ContractExample(name: "missing", code: 404, contentType: "application/json", body: "{}")
        let result = Self.check("{}", status: 500, examples: [Self.projectsExample, other])
        #expect(result.report == "status  expected one of 200, 404  got 500")
    }

    @Test func theContentTypeMustMatchTheExampleOfThatCode() {
        let result = Self.check("<html></html>", contentType: "text/html")
        #expect(result.report == """
            Content-Type  expected application/json  got text/html
            $             expected JSON  got "<html></html>"
            """)
        #expect(Self.check("{}", contentType: nil).mismatches.first?.detail == "expected application/json  got none")
    }

    @Test func nonJSONExamplesCheckOnlyStatusAndContentType() {
        let text = ContractExample(name: "t", code: 200, contentType: "text/plain", body: "hello")
        #expect(Self.check("anything", contentType: "text/plain", examples: [text]).outcome == .passed)
        let empty = ContractExample(name: "e", code: 204, contentType: nil, body: "")
        #expect(Self.check("", status: 204, contentType: nil, examples: [empty]).outcome == .passed)
    }

    @Test func anEmptyBodyFailsAJSONExample() {
        #expect(Self.check("").report == "$  expected JSON  got an empty body")
    }

    @Test func anExampleWhoseBodyIsNotJSONIsAWarningNotAFailure() {
        let broken = ContractExample(name: "broken", code: 200, contentType: "application/json", body: "{oops")
        let result = Self.check("{}", examples: [broken])
        #expect(result.outcome == .passed)
        #expect(result.warningReport == "example 'broken'  body is not valid JSON; its shape is not checked")
    }

    @Test func theClosestOfSeveralExamplesForTheStatusIsReported() {
        let first = ContractExample(name: "a", code: 200, contentType: nil, body: #"{"a": 1, "b": 1, "c": 1}"#)
        let second = ContractExample(name: "b", code: 200, contentType: nil, body: #"{"z": 1}"#)
        let result = Self.check(#"{"a": 1}"#, examples: [first, second])
        #expect(result.exampleName == "b")
        #expect(result.report == "$.z  missing")
        #expect(Self.check(#"{"z": 2}"#, examples: [first, second]).outcome == .passed)
    }

    @Test func nestedArrayElementsMatchAnyOfTheExampleElementShapes() {
        let example = ContractExample(name: "m", code: 200, contentType: nil, body: #"[[{"id": 1}], [{"name": "x"}]]"#)
        #expect(Self.check(#"[[{"id": 2}], [{"name": "y"}, {"name": "z"}], []]"#, examples: [example]).outcome == .passed)
        #expect(Self.check(#"[[{"id": 2}, {"name": "y"}]]"#, examples: [example]).report == "$[0][1].id  missing")
        #expect(Self.check(#"[[{"id": "2"}]]"#, examples: [example]).report == "$[0][0].id  expected number  got string (\"2\")")
        #expect(Self.check(#"[{"id": 1}]"#, examples: [example]).report == "$[0]  expected array  got object")
    }
}
