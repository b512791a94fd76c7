import Foundation
import Transport

/// Everything a run produced: the single model every reporter renders.
package struct RunResult: Sendable {
    package var collectionName: String
    package var collectionID: String?
    package var environmentName: String?
    package var started: Date
    package var finished: Date
    package var iterationCount: Int
    package var executions: [ItemExecution]
    package var warnings: [RunWarning]
    /// Set when the run stopped before the end.
    package var interruption: RunInterruption?

    package init(
        collectionName: String, collectionID: String? = nil, environmentName: String? = nil, started: Date,
        finished: Date, iterationCount: Int, executions: [ItemExecution] = [], warnings: [RunWarning] = [],
        interruption: RunInterruption? = nil
    ) {
        self.collectionName = collectionName
        self.collectionID = collectionID
        self.environmentName = environmentName
        self.started = started
        self.finished = finished
        self.iterationCount = iterationCount
        self.executions = executions
        self.warnings = warnings
        self.interruption = interruption
    }

    package var failureCount: Int { executions.reduce(0) { $0 + $1.failedChecks.count } }
    package var errorCount: Int { executions.reduce(0) { $0 + $1.errors.count } }
    /// True when nothing failed, nothing errored, and the run was not cut short.
    package var isSuccess: Bool { failureCount == 0 && errorCount == 0 && interruption == nil }
}

/// Why a run stopped early.
package enum RunInterruption: Sendable, Hashable, CustomStringConvertible {
    case interrupted
    case timedOut(Duration)
    case bailed(String)
    /// An iteration ran more items than `--max-requests` allows: a `setNextRequest` loop.
    case requestLimit(Int)

    package var description: String {
        switch self {
        case .requestLimit(let limit):
            "an iteration ran more than \(limit) requests (--max-requests), so a setNextRequest loop was stopped"
        case .interrupted: "the run was interrupted"
        case .timedOut(let limit): "the run exceeded --timeout (\(limit.milliseconds) ms)"
        case .bailed(let reason): "the run stopped at the first problem (--bail): \(reason)"
        }
    }
}

/// One request item run once (in one iteration).
package struct ItemExecution: Sendable {
    package var itemID: String
    package var name: String
    package var folders: [String]
    package var iteration: Int
    /// The last request sent (after redirects), with secrets already masked.
    package var request: HTTPRequest?
    package var response: HTTPResponse?
    /// Response time on the run's clock, over every redirect hop.
    package var duration: Duration
    package var checks: [CheckResult]
    package var errors: [ExecutionError]
    package var warnings: [RunWarning]
    /// What the item's scripts wrote with `console.log` and friends.
    package var logs: [ScriptLog] = []
    /// How many times an auth handshake sent the request again; `duration` includes them.
    package var authReplays = 0
    /// Requests the item's scripts sent with `pm.sendRequest`.
    package var scriptRequests: [ScriptRequestRecord] = []
    /// How many pre-request and test scripts ran, for the summary's counts.
    package var prerequestScriptCount = 0
    package var testScriptCount = 0

    package init(
        itemID: String, name: String, folders: [String], iteration: Int, request: HTTPRequest? = nil,
        response: HTTPResponse? = nil, duration: Duration = .zero, checks: [CheckResult] = [],
        errors: [ExecutionError] = [], warnings: [RunWarning] = []
    ) {
        self.itemID = itemID
        self.name = name
        self.folders = folders
        self.iteration = iteration
        self.request = request
        self.response = response
        self.duration = duration
        self.checks = checks
        self.errors = errors
        self.warnings = warnings
    }

    package var displayPath: String { (folders + [name]).joined(separator: " / ") }
    package var failedChecks: [CheckResult] { checks.filter(\.isFailure) }
}

/// The result of one check: a `pm.test`, a declarative assertion, or a contract check.
package struct CheckResult: Sendable, Hashable {
    package enum Source: String, Sendable, Hashable {
        case script
        case assertion
        case contract
        /// The implicit check that a request with nothing to check got a response.
        case response
    }

    package enum Outcome: Sendable, Hashable {
        case passed
        case failed(CheckFailure)
        case skipped
    }

    package var name: String
    package var source: Source
    package var outcome: Outcome

    package init(name: String, source: Source, outcome: Outcome) {
        self.name = name
        self.source = source
        self.outcome = outcome
    }

    package var isFailure: Bool {
        if case .failed = outcome { return true }
        return false
    }
}

/// Why a check was false, with aligned expected/actual where they are known.
package struct CheckFailure: Sendable, Hashable {
    package var message: String
    package var expected: String?
    package var actual: String?
    /// Where the failing value is, e.g. a normalized JSONPath or `file › item › test script:3:7`.
    package var location: String?

    package init(message: String, expected: String? = nil, actual: String? = nil, location: String? = nil) {
        self.message = message
        self.expected = expected
        self.actual = actual
        self.location = location
    }
}

/// A step that could not run: the request, a script, or a check. Distinct from a failed check.
package struct ExecutionError: Error, Sendable, Hashable {
    package enum Phase: String, Sendable, Hashable {
        case request
        case prerequestScript = "prerequest-script"
        case testScript = "test-script"
        case auth
    }

    package var phase: Phase
    package var message: String
    /// `file › folder › item › field`, with line:col where it is real.
    package var location: String?

    package init(phase: Phase, message: String, location: String? = nil) {
        self.phase = phase
        self.message = message
        self.location = location
    }

    /// The JUnit/CLI name of the error, e.g. `RequestError`.
    package var kind: String {
        switch phase {
        case .request: "RequestError"
        case .prerequestScript: "PrerequestScriptError"
        case .testScript: "TestScriptError"
        case .auth: "AuthError"
        }
    }
}

/// Something worth telling the user that is neither a failure nor an error, such as an unresolved variable.
package struct RunWarning: Sendable, Hashable, CustomStringConvertible {
    package var message: String
    package var location: String?
    package var help: String?
    /// The text the problem is in, and the characters to underline.
    package var source: String?
    package var highlight: Range<Int>?

    package init(message: String, location: String? = nil, help: String? = nil) {
        self.message = message
        self.location = location
        self.help = help
    }

    package var description: String {
        var lines = ["warning: \(message)"]
        if let location { lines.append("  --> \(location)") }
        if let source, let highlight, !source.contains("\n") {
            lines.append("   |")
            lines.append("   | \(source)")
            let width = max(1, highlight.count)
            lines.append("   | " + String(repeating: " ", count: highlight.lowerBound) + String(repeating: "^", count: width))
        }
        if let help { lines.append("   = help: \(help)") }
        return lines.joined(separator: "\n")
    }
}
