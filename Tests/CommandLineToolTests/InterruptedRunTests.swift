import Foundation
import JSON
import TestSupport
import Testing
import Transport

@testable import CommandLineTool

/// A run cut short by --timeout or Ctrl-C still writes every report it was asked for, marked incomplete.
@Suite(.serialized) struct InterruptedRunTests {
    static let collection = """
        {"info": {"name": "Three", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "item": [{"name": "A", "request": "http://h.test/a"}, {"name": "B", "request": "http://h.test/b"},
                  {"name": "C", "request": "http://h.test/c"}]}
        """

    private func files() throws -> (collection: String, json: String, junit: String, environment: String) {
        let directory = Fixtures.temporaryDirectory()
        let collection = directory.appendingPathComponent("c.json")
        try Data(Self.collection.utf8).write(to: collection)
        return (
            collection.path, directory.appendingPathComponent("out/r.json").path,
            directory.appendingPathComponent("out/r.xml").path, directory.appendingPathComponent("out/env.json").path
        )
    }

    @Test func runTimeoutStillWritesReportsMarkedIncomplete() throws {
        let paths = try files()
        let run = ToolHarness.run(
            ["run", paths.collection, "--timeout", "10", "-r", "json,junit", "--reporter-json-export", paths.json,
             "--reporter-junit-export", paths.junit, "--export-environment", paths.environment],
            transport: StubTransport())
        #expect(run.exitCode == .failure)
        let report = try JSONParser.parse(try String(contentsOfFile: paths.json, encoding: .utf8))
        #expect(report["run"]?["incomplete"] == true)
        #expect(report["run"]?["error"]?["message"] == "the run exceeded --timeout (10 ms)")
        #expect(report["run"]?["executions"]?.arrayValue?.count == 1)
        #expect(FileManager.default.fileExists(atPath: paths.junit))
        #expect(FileManager.default.fileExists(atPath: paths.environment))
    }

    @Test func interruptStopsTheRunAndStillWritesReports() throws {
        let paths = try files()
        let interrupts = TestInterrupts()
        let transport = InterruptingTransport(interrupts: interrupts)
        let run = ToolHarness.run(
            ["run", paths.collection, "-r", "cli,json", "--reporter-json-export", paths.json], transport: transport,
            interrupts: interrupts)
        #expect(run.exitCode == .failure)
        #expect(run.standardOutput.contains("run incomplete: the run was interrupted"))
        let report = try JSONParser.parse(try String(contentsOfFile: paths.json, encoding: .utf8))
        #expect(report["run"]?["incomplete"] == true)
        #expect(report["run"]?["executions"]?.arrayValue?.count == 1)
    }
}

/// Presses Ctrl-C during the first request, then waits for the run to cancel it.
private final class InterruptingTransport: HTTPTransport, @unchecked Sendable {
    private let cancelled = DispatchSemaphore(value: 0)
    private let interrupts: TestInterrupts

    init(interrupts: TestInterrupts) {
        self.interrupts = interrupts
    }

    func send(_ request: HTTPRequest, options: TransportOptions) throws(TransportError) -> HTTPResponse {
        interrupts.fire()
        if cancelled.wait(timeout: .now() + 10) == .timedOut {
            return HTTPResponse(status: 200)
        }
        throw .cancelled
    }

    func cancelAll() {
        cancelled.signal()
    }
}

/// The real signal handler, alone: it is the only code in the tests that touches SIGINT.
@Suite(.serialized) struct InterruptHandlerTests {
    @Test func sigintReachesTheHandlerOutsideSignalContext() {
        let called = DispatchSemaphore(value: 0)
        let handler = InterruptHandler { called.signal() }
        defer { handler.stop() }
        // Process-directed, as Ctrl-C is, so whichever thread has SIGINT unblocked takes it.
        kill(getpid(), SIGINT)
        #expect(called.wait(timeout: .now() + 5) == .success)
    }
}
