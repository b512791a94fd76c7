import Foundation
import JSON
import TestSupport
import Testing

@testable import CommandLineTool

/// Runs the self-asserting `Collections/sandbox-*.postman_collection.json` collections through the whole tool
/// against the built-in mock, over loopback. Their scripts check the sandbox the way a Postman user would, with
/// `pm.test` and `pm.expect`, against Newman's semantics (newman.md §2, §5 and §6); here each run's exit code, its
/// exact list of failures and errors, and the test lines of its console output are pinned.
@Suite struct SandboxCollectionTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Collections")

    struct Outcome {
        var run: ToolRun
        var report: JSONValue
        var directory: URL

        /// `iteration · item · where · name: test: message`, one per entry of `run.failures`, in report order.
        var failures: [String] {
            (report["run"]?["failures"]?.arrayValue ?? []).map { failure in
                let iteration = failure["cursor"]?["iteration"]?.numberValue.map { String(Int($0)) } ?? "?"
                let item = failure["source"]?["name"]?.stringValue ?? "?"
                let place = failure["at"]?.stringValue ?? "?"
                let error = failure["error"]
                let name = error?["name"]?.stringValue ?? "?"
                let test = error?["test"]?.stringValue.map { "\($0): " } ?? ""
                let message = error?["message"]?.stringValue ?? "?"
                return "\(iteration) · \(item) · \(place) · \(name): \(test)\(message)"
            }
        }

        func stat(_ name: String, _ field: String = "total") -> Int? {
            report["run"]?["stats"]?[name]?[field]?.numberValue.map { Int($0) }
        }

        /// The names of the requests that ran, in order, one iteration after the other.
        var executedItems: [String] {
            (report["run"]?["executions"]?.arrayValue ?? []).compactMap { $0["item"]?["name"]?.stringValue }
        }

        /// The console lines that name items, tests, failures, errors and console output, without timings, sizes,
        /// ports, the summary table or the checkout's location, so the snapshot is stable.
        var testLines: String {
            let root = Fixtures.repositoryRoot.path + "/"
            var kept: [String] = []
            for raw in run.standardOutput.replacingOccurrences(of: root, with: "").split(separator: "\n") {
                var line = String(raw)
                if let first = line.unicodeScalars.first, (0x2500...0x257F).contains(first.value) { continue }
                if line.hasPrefix("postie") || line.contains("total run duration") { continue }
                if let range = line.range(of: #" \[\d{3} [^\]]*\]$"#, options: .regularExpression) {
                    // "GET http://127.0.0.1:PORT/path [200 OK, 96B, 5ms]" keeps the method, path and status.
                    let status = line[range].dropFirst(2).prefix(3)
                    line = String(line[..<range.lowerBound]) + " [\(status)]"
                }
                line = line.replacingOccurrences(
                    of: #"http://127\.0\.0\.1:\d+"#, with: "http://127.0.0.1:PORT", options: .regularExpression)
                kept.append(line)
            }
            return kept.joined(separator: "\n") + "\n"
        }
    }

    static func run(_ name: String, _ extra: [String] = []) throws -> Outcome {
        let directory = Fixtures.temporaryDirectory()
        let json = directory.appendingPathComponent("report.json").path
        let collection = Self.directory.appendingPathComponent("sandbox-\(name).postman_collection.json").path
        let run = ToolHarness.run(
            ["run", collection, "--mock", "-r", "cli,json", "--reporter-json-export", json, "--no-color"] + extra)
        let text = try String(contentsOfFile: json, encoding: .utf8)
        return Outcome(run: run, report: try JSONParser.parse(text), directory: directory)
    }

    /// globals < collection < environment < data < local, writes through every scope, types kept, unset and clear,
    /// and locals that last for the rest of the run, as Newman keeps them.
    @Test func variableScopes() throws {
        let work = Fixtures.temporaryDirectory()
        let data = work.appendingPathComponent("rows.json")
        try Data(#"[{"d": "data"}, {"d": "data 2"}]"#.utf8).write(to: data)
        let environment = work.appendingPathComponent("environment.json")
        let globals = work.appendingPathComponent("globals.json")
        let outcome = try Self.run(
            "scopes",
            ["-n", "2", "-d", data.path,
             "--global-var", "a=globals", "--global-var", "b=globals", "--global-var", "c=globals",
             "--global-var", "d=globals", "--env-var", "c=environment", "--env-var", "d=environment",
             "--export-environment", environment.path, "--export-globals", globals.path])
        #expect(outcome.run.exitCode == .success, "\(outcome.run.standardOutput)\(outcome.run.standardError)")
        #expect(outcome.failures == [])
        #expect(outcome.stat("assertions") == 35)
        assertSnapshot(outcome.testLines, named: "sandbox-scopes.txt")
        // Script writes flow back into the run, with their JavaScript types, and out through the exports.
        let exported = try JSONParser.parse(String(contentsOf: environment, encoding: .utf8))
        var values: [String: JSONValue] = [:]
        for entry in exported["values"]?.arrayValue ?? [] {
            if let key = entry["key"]?.stringValue { values[key] = entry["value"] }
        }
        #expect(values["written_env"] == "env-1")
        #expect(values["number"] == 42)
        #expect(values["flag"] == false)
        #expect(values["object"] == ["nested": [1, 2]])
        #expect(values["b"] == nil)
        let exportedGlobals = try JSONParser.parse(String(contentsOf: globals, encoding: .utf8))
        #expect(exportedGlobals["values"] == [])
    }

    /// Collection → folder → item scripts before and after the request, `pm.info` and `pm.execution.location`,
    /// disabled scripts, and a pre-request script's changes to the method, URL, query and headers.
    @Test func scriptOrderAndRequestMutation() throws {
        let outcome = try Self.run("order", ["-n", "2"])
        #expect(outcome.run.exitCode == .success, "\(outcome.run.standardOutput)\(outcome.run.standardError)")
        #expect(outcome.failures == [])
        #expect(outcome.stat("assertions") == 22)
        assertSnapshot(outcome.testLines, named: "sandbox-order.txt")
    }
}
