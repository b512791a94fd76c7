import Foundation
import JSON
import TestSupport
import Testing

@testable import CommandLineTool

/// Runs the shipped Aiven collection through the whole tool against the built-in mock, over loopback, with the
/// real URLSession transport, a fixed clock and a fixed seed, and pins what users and CI read.
@Suite(.serialized) struct AivenEndToEndTests {
    static let collection = Fixtures.path("collections/aiven.postman_collection.json")
    static let environment = Fixtures.path("environments/aiven-mock.postman_environment.json")

    /// The mock listens on a free port, and the checkout can be anywhere: those are the only things replaced.
    private func normalized(_ text: String) -> String {
        var result = ""
        var rest = Substring(text.replacingOccurrences(of: Fixtures.repositoryRoot.path + "/", with: ""))
        while let range = rest.range(of: "127.0.0.1:") {
            result += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            let digits = rest.prefix { $0.isNumber }
            result += digits.isEmpty ? "" : "PORT"
            rest = rest.dropFirst(digits.count)
        }
        return result + rest
    }

    private func runAiven(_ extra: [String]) throws -> (ToolRun, json: String, junit: String) {
        let directory = Fixtures.temporaryDirectory()
        let json = directory.appendingPathComponent("report.json").path
        let junit = directory.appendingPathComponent("report.xml").path
        let run = ToolHarness.run(
            ["run", Self.collection, "-e", Self.environment, "--mock", "--contract", "examples", "--seed", "7",
             "-r", "cli,json,junit",
             "--reporter-json-export", json, "--reporter-junit-export", junit] + extra)
        let jsonText = try String(contentsOfFile: json, encoding: .utf8)
        let junitText = try String(contentsOfFile: junit, encoding: .utf8)
        return (run, normalized(jsonText), normalized(junitText))
    }

    @Test func scriptFreeFolderPassesAgainstTheMock() throws {
        let (run, json, junit) = try runAiven(["--folder", "Organizations"])
        #expect(run.exitCode == .success, "\(run.standardError)")
        assertSnapshot(normalized(run.standardOutput), named: "aiven-organizations.txt")
        assertSnapshot(json, named: "aiven-organizations.json")
        assertSnapshot(junit, named: "aiven-organizations.xml")
    }

    /// The quick start: every request, its scripts, the assertions file and the contract checks pass.
    @Test func wholeCollectionPassesAgainstTheMock() throws {
        let (run, json, junit) = try runAiven([])
        #expect(run.exitCode == .success, "\(run.standardOutput)\(run.standardError)")
        assertSnapshot(normalized(run.standardOutput), named: "aiven-all.txt")
        assertSnapshot(junit, named: "aiven-all.xml")
        let document = try JSONParser.parse(json)
        #expect(document["run"]?["stats"]?["requests"] == ["total": 17, "pending": 0, "failed": 0])
        #expect(document["run"]?["stats"]?["testScripts"] == ["total": 17, "pending": 0, "failed": 0])
        #expect(document["run"]?["failures"] == [])
    }

    @Test func injectedTokenNeverAppearsInOutput() throws {
        let token = "rotated-token-0123456789"
        let directory = Fixtures.temporaryDirectory()
        let junit = directory.appendingPathComponent("report.xml").path
        let json = directory.appendingPathComponent("report.json").path
        let run = ToolHarness.run(
            ["run", Self.collection, "-e", Self.environment, "--mock", "--folder", "Users", "--verbose",
             "-r", "cli,json,junit", "--reporter-junit-export", junit, "--reporter-json-export", json],
            environment: ["POSTIE_ENV_authToken": token])
        let reports = try String(contentsOfFile: junit, encoding: .utf8) + String(contentsOfFile: json, encoding: .utf8)
        #expect(run.standardOutput.contains("Authorization: ***"))
        #expect(!(run.standardOutput + run.standardError + reports).contains(token))
    }
}
