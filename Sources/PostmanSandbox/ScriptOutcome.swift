import JSON

/// What one script did: its tests, its console output, where it asked the run to go next, and how it ended.
package struct ScriptOutcome: Sendable {
    package var tests: [ScriptTestResult] = []
    package var console: [ConsoleLine] = []
    /// Set when the script called `pm.execution.setNextRequest` / `postman.setNextRequest`.
    package var nextRequest: NextRequest?
    /// `pm.execution.skipRequest()` in a pre-request script.
    package var skipsRequest = false
    /// The request's headers after the script changed them through `pm.request`, or nil when unchanged.
    package var requestHeaders: [(key: String, value: String)]?
    /// The request's URL or method after a pre-request script changed them through `pm.request`.
    package var requestURL: String?
    package var requestMethod: String?
    /// What `pm.visualizer.set` was given last, kept for an HTML reporter.
    package var visualization: (template: String, data: JSONValue)?
    /// Why the script stopped early; its earlier tests are kept.
    package var failure: ScriptFailure?

    package init() {}
}

/// One `pm.test` (or legacy `tests[…]`) result.
package struct ScriptTestResult: Sendable, Hashable {
    package var name: String
    package var passed: Bool
    package var skipped: Bool
    /// The failure message, chai's wording, e.g. `expected 404 to equal 200`.
    package var message: String

    package init(name: String, passed: Bool, skipped: Bool = false, message: String = "") {
        self.name = name
        self.passed = passed
        self.skipped = skipped
        self.message = message
    }
}

/// A `console.log` (or info, warn, error, debug) line.
package struct ConsoleLine: Sendable, Hashable {
    package var level: String
    package var text: String

    package init(level: String, text: String) {
        self.level = level
        self.text = text
    }
}

/// Where `setNextRequest` pointed.
package enum NextRequest: Sendable, Hashable {
    /// `setNextRequest(null)`: stop this iteration.
    case stop
    case named(String)
}

/// A script that threw, could not parse, or hit a limit.
package struct ScriptFailure: Sendable, Hashable {
    /// V8's wording: `TypeError: Cannot read properties of undefined (reading 'id')`.
    package var message: String
    /// 1-based line and column in the script, when known.
    package var line: Int?
    package var column: Int?

    package init(message: String, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.line = line
        self.column = column
    }
}
