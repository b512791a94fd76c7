import Foundation
import JSON
import TestSupport
import Testing

@testable import CommandLineTool

/// Runs `Collections/libraries.postman_collection.json` end to end against the built-in mock: a collection whose
/// scripts use every bundled library (JSON Schema, lodash, moment, CryptoJS, xml2js, cheerio, uuid, Node
/// built-ins) as real collections do, and assert on the results. It passes only if they all behave.
@Suite struct LibraryCollectionTests {
    static let collection = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Collections/libraries.postman_collection.json").path

    @Test func everyLibraryWorksInARealRun() throws {
        let directory = Fixtures.temporaryDirectory()
        let json = directory.appendingPathComponent("report.json").path
        let run = ToolHarness.run(
            ["run", Self.collection, "--mock", "-r", "cli,json", "--reporter-json-export", json, "--no-color"])
        #expect(run.exitCode == .success, "\(run.standardOutput)\(run.standardError)")
        let document = try JSONParser.parse(String(contentsOfFile: json, encoding: .utf8))
        #expect(document["run"]?["failures"] == [])
        #expect(document["run"]?["stats"]?["assertions"]?["total"]?.numberValue == 18)
        // Names and pass marks only: timings and ports vary.
        let lines = run.standardOutput.split(separator: "\n").filter { $0.contains("✓") || $0.contains("✗") || $0.hasPrefix("→") }
        assertSnapshot(lines.joined(separator: "\n") + "\n", named: "libraries-collection.txt")
    }
}
