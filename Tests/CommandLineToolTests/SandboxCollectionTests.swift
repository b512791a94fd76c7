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
                // "[errored: connection refused by 127.0.0.1:1, 3ms]" loses its timing.
                line = line.replacingOccurrences(of: #", \d+ms\]$"#, with: "]", options: .regularExpression)
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

    /// Jumps forward and back by name and id, the last call winning, a loop that ends, `null` and an unknown name
    /// ending the iteration, and skipRequest in an item's and in the collection's pre-request script.
    @Test func setNextRequestAndSkipRequest() throws {
        let outcome = try Self.run("flow", ["-n", "2"])
        #expect(outcome.run.exitCode == .success, "\(outcome.run.standardOutput)\(outcome.run.standardError)")
        #expect(outcome.failures == [])
        let iteration = ["Start", "Loop", "Loop", "Loop", "Check"]
        #expect(outcome.executedItems == iteration + iteration)
        let warnings = outcome.report["run"]?["warnings"]?.arrayValue ?? []
        #expect(warnings.count == 1)
        #expect(warnings.first?.stringValue?.contains("setNextRequest('No such request') names no request") == true)
        assertSnapshot(outcome.testLines, named: "sandbox-flow.txt")
    }

    /// A request that names itself forever is stopped by --max-requests, with the reports still written.
    @Test func runawayLoopIsStoppedByTheGuard() throws {
        let outcome = try Self.run("runaway", ["--max-requests", "5"])
        #expect(outcome.run.exitCode == .failure)
        #expect(outcome.failures == [])
        #expect(outcome.executedItems == Array(repeating: "Spin", count: 5))
        #expect(
            outcome.report["run"]?["error"]?["message"]?.stringValue
                == "an iteration ran more than 5 requests (--max-requests), so a setNextRequest loop was stopped")
        assertSnapshot(outcome.testLines, named: "sandbox-runaway.txt")
    }

    /// Callback and promise forms, request objects, error statuses, refused connections, and a
    /// pre-request script's sendRequest feeding the main request.
    @Test func sendRequest() throws {
        let outcome = try Self.run("sendrequest")
        #expect(outcome.run.exitCode == .success, "\(outcome.run.standardOutput)\(outcome.run.standardError)")
        #expect(outcome.failures == [])
        #expect(outcome.stat("assertions") == 7)
        #expect(outcome.stat("requests") == 10)  // 5 items and 5 pm.sendRequest calls
        assertSnapshot(outcome.testLines, named: "sandbox-sendrequest.txt")
    }

    /// tests[...], postman.*, responseBody, responseCode, responseHeaders, environment, globals, request, xml2Json.
    @Test func legacyAPI() throws {
        let outcome = try Self.run("legacy", ["-n", "2"])
        #expect(outcome.run.exitCode == .success, "\(outcome.run.standardOutput)\(outcome.run.standardError)")
        #expect(outcome.failures == [])
        #expect(outcome.stat("assertions") == 36)
        assertSnapshot(outcome.testLines, named: "sandbox-legacy.txt")
    }

    /// done, returned promises, timers on the virtual clock, and pre-request timers that finish before the send.
    @Test func asyncTests() throws {
        let outcome = try Self.run("async")
        #expect(outcome.run.exitCode == .success, "\(outcome.run.standardOutput)\(outcome.run.standardError)")
        #expect(outcome.failures == [])
        #expect(outcome.stat("assertions") == 8)
        assertSnapshot(outcome.testLines, named: "sandbox-async.txt")
    }

    /// Implicit globals are shared by every script of the run; declarations and top-level return are per script.
    @Test func oneRealmPerRun() throws {
        let outcome = try Self.run("realm", ["-n", "2"])
        #expect(outcome.run.exitCode == .success, "\(outcome.run.standardOutput)\(outcome.run.standardError)")
        #expect(outcome.failures == [])
        #expect(outcome.stat("assertions") == 16)
        assertSnapshot(outcome.testLines, named: "sandbox-realm.txt")
    }

    /// Meant to fail: script errors are errors, failed and throwing tests are failures, and neither stops the run.
    @Test func scriptErrorsAndFailures() throws {
        let outcome = try Self.run("errors")
        #expect(outcome.run.exitCode == .failure)
        #expect(outcome.failures == [
            "0 · Pre-request error · prerequest-script · PrerequestScriptError: ReferenceError: notDefinedAnywhere is not defined",
            "0 · Test script error · test-script · TestScriptError: SyntaxError: Expected property name or '}' in JSON at position 1",
            "0 · Test script error · test-script · TestScriptError: TypeError: Cannot read properties of null (reading 'missing')",
            "0 · Failures · test-script · AssertionError: a failed expectation is a failure with chai's message: expected { a: 1 } to have property 'a' of 2, but got 1",
            "0 · Failures · test-script · AssertionError: a throw inside a test is a failure of that test: TypeError: Cannot read properties of undefined (reading 'property')",
            "0 · Failures · test-script · AssertionError: chai-postman failures name the status: expected response to have status code 404 but got 200",
            "0 · Failures · test-script · AssertionError: a false legacy test: expected false to be truthy",
            "0 · Async failures · test-script · AssertionError: a rejected promise fails: TypeError: the promise was rejected",
            "0 · Async failures · test-script · AssertionError: an expectation in a returned promise fails: expected 3 to be above 5",
            "0 · Async failures · test-script · AssertionError: done with an error fails: Error: told done it failed",
            "0 · Async failures · test-script · AssertionError: a test that never calls done fails: Error: the test did not finish: its done callback was never called or its promise never settled",
            "0 · Request error · request · RequestError: connection refused by 127.0.0.1:1",
        ])
        // 14 tests ran, of which the 8 above failed; the test after the error in "Test script error" never ran.
        #expect(outcome.stat("assertions") == 14)
        #expect(outcome.stat("assertions", "failed") == 8)
        #expect(outcome.stat("requests") == 5)
        assertSnapshot(outcome.testLines, named: "sandbox-errors.txt")
    }

    /// Meant to error: endless loops (pre-request and test), endless recursion and endless allocation each end their
    /// script with an error, an interval that never stops is dropped with an error line, and the run goes on.
    @Test func hostileScriptsEndWithErrorsAndTheRunGoesOn() throws {
        let outcome = try Self.run("hostile", ["--timeout-script", "250"])
        #expect(outcome.run.exitCode == .failure)
        let failures = outcome.failures
        #expect(failures == [
            "0 · Infinite loop · test-script · TestScriptError: Script exceeded the time limit of 250 ms",
            "0 · Infinite loop in a pre-request script · prerequest-script · PrerequestScriptError: Script exceeded the time limit of 250 ms",
            "0 · Deep recursion · test-script · TestScriptError: RangeError: Maximum call stack size exceeded",
            "0 · Huge allocation · test-script · TestScriptError: Script exceeded the memory limit of 512 MB",
        ])
        #expect(outcome.stat("assertions") == 6)
        #expect(outcome.stat("assertions", "failed") == 0)
        #expect(outcome.stat("requests") == 6)
        #expect(outcome.run.standardOutput.contains("error: timers were still pending after 600000 ms of virtual time and were dropped"))
        assertSnapshot(outcome.testLines, named: "sandbox-hostile.txt")
    }
}
