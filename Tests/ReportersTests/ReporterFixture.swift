import Foundation
import Runner
import Transport

/// A hand-built run with one of everything a reporter must show.
enum ReporterFixture {
    static let started = Date(timeIntervalSince1970: 1_795_000_000.25)

    static func response(_ status: Int, _ body: String) -> HTTPResponse {
        HTTPResponse(
            status: status, headers: [("Content-Type", "application/json"), ("Set-Cookie", "s=1")], body: Data(body.utf8))
    }

    static func request(_ path: String) -> HTTPRequest {
        HTTPRequest(
            method: "GET", url: URL(string: "http://127.0.0.1:8080\(path)") ?? URL(fileURLWithPath: "/"),
            headers: [("Authorization", "***"), ("Accept", "*/*")])
    }

    static var mixed: RunResult {
        var result = RunResult(
            collectionName: "Demo & <Friends>", collectionID: "col-1", environmentName: "mock", started: started,
            finished: started.addingTimeInterval(0.25), iterationCount: 1)
        result.executions = [
            ItemExecution(
                itemID: "i1", name: "List projects", folders: ["Project"], iteration: 0, request: request("/project"),
                response: response(200, #"{"projects":[]}"#), duration: .milliseconds(12),
                checks: [
                    CheckResult(name: "Status code is 200", source: .script, outcome: .passed),
                    CheckResult(
                        name: "status == 201", source: .assertion,
                        outcome: .failed(CheckFailure(message: "status is not 201", expected: "201", actual: "200"))),
                    CheckResult(name: "later", source: .script, outcome: .skipped),
                ]),
            ItemExecution(
                itemID: "i2", name: "Get \"quoted\" one", folders: ["Project", "Sub.folder"], iteration: 0,
                request: request("/project/x"), duration: .milliseconds(3),
                errors: [
                    ExecutionError(
                        phase: .request, message: "connection refused by 127.0.0.1:8080",
                        location: "c.json › Project › Sub.folder › Get \"quoted\" one"),
                    ExecutionError(
                        phase: .testScript, message: "script execution is not available yet: this test script did not run",
                        location: "c.json › Project › Sub.folder › Get \"quoted\" one › test script"),
                ]),
            ItemExecution(
                itemID: "i3", name: "Clouds", folders: [], iteration: 0, request: request("/clouds"),
                response: response(200, "[1,2,3]"), duration: .milliseconds(1500),
                checks: [CheckResult(name: "Clouds", source: .response, outcome: .passed)],
                warnings: [RunWarning(message: "unresolved variable 'x'", location: "c.json › Clouds › url")]),
        ]
        result.executions[0].testScriptCount = 1
        result.executions[1].testScriptCount = 1
        result.executions[0].logs = [ScriptLog(level: "log", text: "3 projects"), ScriptLog(level: "warn", text: "slow")]
        result.warnings = [RunWarning(message: "unresolved variable 'x'", location: "c.json › Clouds › url")]
        return result
    }

    static var twoIterations: RunResult {
        var result = RunResult(
            collectionName: "Loop", started: started, finished: started.addingTimeInterval(1), iterationCount: 2)
        for iteration in 0..<2 {
            result.executions.append(
                ItemExecution(
                    itemID: "i1", name: "Ping", folders: [], iteration: iteration, request: request("/ping"),
                    response: response(200, "{}"), duration: .milliseconds(5),
                    checks: [
                        CheckResult(name: "ok", source: .script, outcome: .passed),
                        CheckResult(name: "ok", source: .script, outcome: iteration == 0 ? .passed : .failed(CheckFailure(message: "expected 1 to equal 2"))),
                    ]))
        }
        return result
    }
}
