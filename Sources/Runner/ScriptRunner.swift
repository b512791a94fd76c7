import Foundation
import JavaScriptInterpreter
import PostmanFormat
import PostmanSandbox
import Transport
import Variables

/// Runs an item's scripts in the run's sandbox and turns what they did into checks, errors and logs.
///
/// The sandbox (one JavaScript realm for the whole run) is created on first use, so a script-free collection
/// never pays for it.
final class ScriptRunner {
    private let limits: ExecutionLimits
    private let collectionFile: String
    private let collectionName: String
    private var sandbox: Sandbox?
    /// What `pm.cookies.jar()` reads and writes: the run's cookie jar.
    var cookieStore: (any ScriptCookieStore)?
    /// Whether legacy globals log Newman's deprecation warning (`--verbose`).
    var warnsOfDeprecatedAPIs = false

    /// Scripts with no `--timeout-script` still end, so a `while (true) {}` can't hang a CI job.
    static let defaultTimeout = Duration.seconds(60)
    static let memoryLimitMegabytes = 512

    private let now: () -> Double

    init(scriptTimeout: Duration?, collectionFile: String, collectionName: String, clock: any WallClock) {
        now = { (clock.now.timeIntervalSince1970 * 1000).rounded(.down) }
        let timeout = scriptTimeout ?? Self.defaultTimeout
        limits = ExecutionLimits(
            timeoutMilliseconds: Int(timeout.milliseconds), maxMemoryMegabytes: Self.memoryLimitMegabytes)
        self.collectionFile = collectionFile
        self.collectionName = collectionName
    }

    /// The result of one script, in the runner's terms.
    struct Result {
        var checks: [CheckResult] = []
        var error: ExecutionError?
        var logs: [ScriptLog] = []
        var nextRequest: NextRequest?
        var skipsRequest = false
        var requestHeaders: [(key: String, value: String)]?
        var requestURL: String?
        var requestMethod: String?
    }

    func run(
        _ script: PlannedScript, item: PlannedItem, iteration: Int, iterationCount: Int, request: ScriptRequest,
        response: ScriptResponse?, cookies: [(name: String, value: String)], scopes: inout ScopeChain,
        send: @escaping (ScriptRequest) -> ScriptExchange
    ) -> Result {
        let sandbox = self.sandbox ?? Sandbox(limits: limits, now: now)
        self.sandbox = sandbox
        let event: ScriptContext.Event = script.event.kind == .prerequest ? .prerequest : .test
        let kind = event == .prerequest ? "pre-request script" : "test script"
        let fileName = ([owner(of: script, item: item)] + [kind]).joined(separator: " › ")
        let current: String
        switch script.owner {
        case .collection: current = collectionName
        case .folder(let name): current = name
        case .item: current = item.name
        }
        var context = ScriptContext(
            event: event, iteration: iteration, iterationCount: iterationCount, requestName: item.name,
            requestID: item.id, location: [collectionName] + item.folders + [item.name], locationCurrent: current,
            request: request, response: response)
        context.cookies = cookies
        context.warnsOfDeprecatedAPIs = warnsOfDeprecatedAPIs
        let outcome = sandbox.run(
            script.event.source, fileName: fileName, context: context, scopes: &scopes, send: send,
            cookieJar: cookieStore)
        var result = Result()
        result.checks = outcome.tests.map { test in
            let outcome: CheckResult.Outcome =
                test.skipped ? .skipped : test.passed ? .passed : .failed(CheckFailure(message: test.message))
            return CheckResult(name: test.name, source: .script, outcome: outcome)
        }
        result.logs = outcome.console.map { ScriptLog(level: $0.level, text: $0.text) }
        result.nextRequest = outcome.nextRequest
        result.skipsRequest = outcome.skipsRequest
        result.requestHeaders = outcome.requestHeaders
        result.requestURL = outcome.requestURL
        result.requestMethod = outcome.requestMethod
        if let failure = outcome.failure {
            var location = fileName
            if let line = failure.line, let column = failure.column { location += ":\(line):\(column)" }
            result.error = ExecutionError(
                phase: event == .prerequest ? .prerequestScript : .testScript, message: failure.message,
                location: location)
        }
        return result
    }

    private func owner(of script: PlannedScript, item: PlannedItem) -> String {
        switch script.owner {
        case .collection: collectionFile
        case .folder(let name): collectionFile + " › " + name
        case .item: ([collectionFile] + item.folders + [item.name]).joined(separator: " › ")
        }
    }
}

/// A request a script sent with `pm.sendRequest`, as the reports show it.
package struct ScriptRequestRecord: Sendable, Hashable {
    package var method: String
    package var url: String
    package var status: Int?
    package var error: String?
    package var duration: Duration

    package init(method: String, url: String, status: Int? = nil, error: String? = nil, duration: Duration = .zero) {
        self.method = method
        self.url = url
        self.status = status
        self.error = error
        self.duration = duration
    }
}

/// A line a script wrote with `console.log` and friends.
package struct ScriptLog: Sendable, Hashable {
    package var level: String
    package var text: String

    package init(level: String, text: String) {
        self.level = level
        self.text = text
    }
}
