import Foundation
import TestSupport
import Testing
import Transport

@testable import CommandLineTool

@Suite struct DeclarativeCheckTests {
    struct ErrorCase: CustomTestStringConvertible, Sendable {
        var line: String
        var message: String
        var testDescription: String { line }
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase(
            line: "statuz < 400",
            message: """
                error: unknown query 'statuz'
                  --> --assert
                   |
                   | statuz < 400
                   | ^^^^^^
                   = help: did you mean 'status'?
                """),
        ErrorCase(
            line: "status <",
            message: """
                error: '<' needs a value
                  --> --assert
                   |
                   | status <
                   |         ^
                """),
    ]

    @Test(arguments: errorCases) func malformedAssertLinesAreUsageErrors(_ testCase: ErrorCase) {
        let run = ToolHarness.run(["run", Fixtures.path("collections/aiven.postman_collection.json"), "--assert", testCase.line])
        #expect(run.exitCode == .usage)
        #expect(run.standardError == testCase.message + "\n")
    }

    /// The Error-contract case from issue 4: a response that drifted from its saved example, shown as a diff.
    @Test func failingContractShowsAPathByPathDiff() throws {
        let directory = Fixtures.temporaryDirectory()
        let collection = directory.appendingPathComponent("drift.postman_collection.json")
        try Data(
            """
            {"info": {"name": "Drift", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "item": [{"name": "List projects", "request": "http://api.test/project",
               "response": [{"name": "Projects", "code": 200,
                 "header": [{"key": "Content-Type", "value": "application/json"}],
                 "body": "{\\"projects\\": [{\\"project_name\\": \\"demo\\", \\"estimated_balance\\": \\"4.11\\", \\"tags\\": {}}]}"}]}]}
            """.utf8
        ).write(to: collection)
        let transport = StubTransport { _ throws(TransportError) in
            HTTPResponse(
                status: 200, headers: [("Content-Type", "application/json")],
                body: Data(#"{"projects": [{"project_name": "demo", "estimated_balance": 4.11}]}"#.utf8))
        }
        let junit = directory.appendingPathComponent("drift.xml")
        let run = ToolHarness.run(
            ["run", collection.path, "--contract", "examples", "--assert", "status == 200", "-r", "cli,junit",
             "--reporter-junit-export", junit.path], transport: transport)
        #expect(run.exitCode == .failure)
        assertSnapshot(
            run.standardOutput.replacingOccurrences(of: directory.path + "/", with: ""), named: "contract-drift.txt")
        assertSnapshot(try String(contentsOf: junit, encoding: .utf8), named: "contract-drift.xml")
    }

    @Test func assertionsFileBesideTheCollectionIsFound() {
        #expect(
            DeclarativeChecksLoader.discoveredFile(beside: Fixtures.path("collections/aiven.postman_collection.json"))
                == Fixtures.path("collections/aiven.assertions.json"))
        #expect(DeclarativeChecksLoader.discoveredFile(beside: "-") == nil)
    }
}

@Suite struct AssertionsFileWarningTests {
    @Test func selectorMatchingNoRequestIsAWarningNotAnError() throws {
        let directory = Fixtures.temporaryDirectory()
        let assertions = directory.appendingPathComponent("checks.json")
        try Data(#"{"Usres/*": ["status == 200"], "Users/*": ["status == 200"]}"#.utf8).write(to: assertions)
        let run = ToolHarness.run([
            "run", Fixtures.path("collections/aiven.postman_collection.json"), "-e",
            Fixtures.path("environments/aiven-mock.postman_environment.json"), "--mock", "--folder", "Users",
            "--assertions", assertions.path, "--silent",
        ])
        #expect(run.exitCode == .success, "\(run.standardError)")
        #expect(
            run.standardError
                == "warning: the selector 'Usres/*' in \(assertions.path) matches no request in this collection\n")
    }

    @Test func malformedAssertionsFileIsAUsageErrorWithItsLocation() throws {
        let directory = Fixtures.temporaryDirectory()
        let assertions = directory.appendingPathComponent("checks.json")
        try Data("{\n  \"**\": [\"status =< 200\"]\n}".utf8).write(to: assertions)
        let run = ToolHarness.run([
            "run", Fixtures.path("collections/aiven.postman_collection.json"), "--assertions", assertions.path,
        ])
        #expect(run.exitCode == .usage)
        #expect(run.standardError.contains("\(assertions.path):2:"))
        #expect(run.standardError.contains("› [\"**\"][0]"))
    }
}
