import JSON
import JavaScriptInterpreter
import Variables

/// Runs Postman scripts in one JavaScript realm for a whole run, so globals one script defines stay visible to
/// later ones, as in Postman. `ScriptContext` and the run's variables go in; a `ScriptOutcome` comes out, and
/// the variables come back changed.
///
/// The `pm` API, chai's `expect` and the legacy API are JavaScript (`SandboxPrelude`), evaluated once per realm
/// on top of a small native host object.
package final class Sandbox {
    private let realm: Realm
    private let state = SandboxState()
    private let libraries: ScriptLibraryLoader
    private var setUpFailure: ScriptFailure?

    /// `now` gives `Date.now()` and `new Date()` in milliseconds since 1970, so a fixed clock fixes scripts too.
    package init(limits: ExecutionLimits, now: (() -> Double)? = nil) {
        realm = Realm(limits: limits)
        if let now { realm.currentTime = now }
        libraries = ScriptLibraryLoader(realm: realm)
        libraries.install()
        libraries.onGlobalRead = { [state] name in state.noteLegacyUse(name) }
        let host = SandboxHost(realm: realm, state: state, libraries: libraries).makeHostObject()
        realm.setGlobal("__host", .object(host))
        let realm = self.realm
        let started: Result<JSValue, ScriptError> = LargeStack.run {
            do throws(ScriptError) {
                return .success(try realm.evaluate(SandboxPrelude.source, fileName: "postie-sandbox.js", lazyFunctions: true))
            } catch {
                return .failure(error)
            }
        }
        if case .failure(let error) = started {
            setUpFailure = ScriptFailure(message: "the script sandbox could not start: \(error.description)")
        }
    }

    deinit {
        // Frees the realm's objects, cycles through closures included, when the run ends.
        realm.tearDown()
    }

    /// One line per unit of a shipped library that fails to compile or evaluate (see `ScriptLibraryLoader`).
    package static func libraryUnitProblems() -> [String] { ScriptLibraryLoader.unitProblems() }

    /// Runs `body` on the realm's own stack, with the library loader.
    func withLibraries<T>(_ body: (Realm, ScriptLibraryLoader) -> T) -> T {
        let realm = self.realm
        let libraries = self.libraries
        return LargeStack.run { body(realm, libraries) }
    }

    /// Runs one script. `fileName` is what error locations and stacks name.
    /// `send` carries out `pm.sendRequest`; without it, `pm.sendRequest` fails with an error saying so.
    /// `cookieJar` is what `pm.cookies.jar()` reads and writes; without it, the jar's methods fail.
    package func run(
        _ source: String, fileName: String, context: ScriptContext, scopes: inout ScopeChain,
        send: ((ScriptRequest) -> ScriptExchange)? = nil, cookieJar: (any ScriptCookieStore)? = nil
    ) -> ScriptOutcome {
        if let setUpFailure {
            var outcome = ScriptOutcome()
            outcome.failure = setUpFailure
            return outcome
        }
        state.scopes = scopes
        state.outcome = ScriptOutcome()
        state.send = send
        state.cookieJar = cookieJar
        state.beginScript(warnsOfDeprecatedAPIs: context.warnsOfDeprecatedAPIs)
        defer {
            state.send = nil
            state.cookieJar = nil
        }
        let realm = self.realm
        let failure: ScriptFailure? = LargeStack.run {
            do throws(ScriptError) {
                realm.setGlobal("__postieContext", realm.value(from: context.jsonValue))
                _ = try realm.evaluate("__host.begin(__postieContext)", fileName: "postie-sandbox.js")
                _ = try realm.evaluate(Self.wrapperOpening + source + Self.wrapperClosing, fileName: fileName)
                // Timers and promise callbacks finish before the script's results are read, as in Postman.
                for problem in try realm.drainEventLoop() {
                    state.outcome.console.append(ConsoleLine(level: "error", text: problem))
                }
                let changes = try realm.jsonValue(from: try realm.evaluate("__host.end()", fileName: "postie-sandbox.js"))
                if let headers = changes?["headers"]?.arrayValue {
                    state.outcome.requestHeaders = headers.compactMap { entry in
                        guard let key = entry["key"]?.stringValue else { return nil }
                        return (key, entry["value"]?.stringValue ?? "")
                    }
                }
                state.outcome.requestURL = changes?["url"]?.stringValue
                state.outcome.requestMethod = changes?["method"]?.stringValue
                return nil
            } catch {
                if state.outcome.skipsRequest, error.thrownValue?.asString == Self.skipSignal { return nil }
                return Self.failure(from: error, fileName: fileName)
            }
        }
        state.outcome.failure = failure
        scopes = state.scopes
        return state.outcome
    }

    // Postman runs each script inside a function (an async arrow), so a script's own `const`, `let`, `var` and
    // functions are its own: two scripts may both say `const json = pm.response.json()`, a top-level `return`
    // ends the script, and only undeclared assignments become globals that later scripts see. The opening
    // shares the script's first line, so only that line's columns move, by its length.
    static let wrapperOpening = "(() => {"
    static let wrapperClosing = "\n})();"
    /// What `pm.execution.skipRequest()` throws to end its script at once.
    static let skipSignal = "postie: the request was skipped"

    /// The first `at file:line:col` of the stack that is in the user's script gives the location.
    static func failure(from error: ScriptError, fileName: String) -> ScriptFailure {
        let message: String
        switch error.kind {
        case .syntax, .limit:
            // The call-depth limit's text already starts with its name.
            message = error.name.isEmpty || error.message.hasPrefix(error.name + ":")
                ? error.message : "\(error.name): \(error.message)"
        case .exception: message = error.name.isEmpty ? "Uncaught \(error.message)" : "\(error.name): \(error.message)"
        }
        for line in error.stack.split(separator: "\n") {
            guard let range = line.range(of: fileName + ":") else { continue }
            let numbers = line[range.upperBound...].split(separator: ":").prefix(2).map {
                Int($0.prefix { $0.isNumber })
            }
            if numbers.count == 2, let lineNumber = numbers[0], var column = numbers[1] {
                if lineNumber == 1 { column = max(1, column - wrapperOpening.count) }
                return ScriptFailure(message: message, line: lineNumber, column: column)
            }
        }
        return ScriptFailure(message: message)
    }
}

/// The run's variables and the current script's outcome, shared with the native host functions.
final class SandboxState {
    var scopes = ScopeChain()
    var outcome = ScriptOutcome()
    var send: ((ScriptRequest) -> ScriptExchange)?
    var cookieJar: (any ScriptCookieStore)?
    var warnsOfDeprecatedAPIs = false
    private var warnedDeprecations: Set<String> = []

    /// The script started: each legacy name warns at most once per script, as in postman-sandbox.
    func beginScript(warnsOfDeprecatedAPIs: Bool) {
        self.warnsOfDeprecatedAPIs = warnsOfDeprecatedAPIs
        warnedDeprecations = []
    }

    /// Logs postman-sandbox's deprecation warning for a legacy global or `postman.*` method, once per script.
    func noteLegacyUse(_ key: String) {
        guard warnsOfDeprecatedAPIs, warnedDeprecations.insert(key).inserted else { return }
        let text = LegacyScriptAPI.alternatives[key].map { "Using \"\(key)\" is deprecated. Use \($0) instead." }
            ?? "Using \"\(key)\" is deprecated."
        outcome.console.append(ConsoleLine(level: "warn", text: text))
    }
}

/// The legacy (pre-`pm`) names and what postman-sandbox suggests instead, in its own words.
enum LegacyScriptAPI {
    static let alternatives: [String: String] = [
        "tests": #""pm.test()""#, "globals": #""pm.globals""#, "environment": #""pm.environment""#,
        "data": #""pm.iterationData""#, "request": #""pm.request""#, "responseCookies": #""pm.cookies""#,
        "responseHeaders": #""pm.response.headers""#, "responseTime": #""pm.response.responseTime""#,
        "responseCode": #""pm.response.code""#, "responseBody": #""pm.response.text()""#,
        "iteration": #""pm.info.iteration""#, "_": #""require('lodash')""#, "CryptoJS": #"global "crypto" object"#,
        "tv4": #""require('ajv')""#, "xml2Json": #""require('xml2js')""#, "cheerio": #""require('cheerio')""#,
        "postman.setNextRequest": #""pm.execution.setNextRequest()""#,
        "postman.setEnvironmentVariable": #""pm.environment.set()""#,
        "postman.getEnvironmentVariable": #""pm.environment.get()""#,
        "postman.clearEnvironmentVariables": #""pm.environment.clear()""#,
        "postman.clearEnvironmentVariable": #""pm.environment.unset()""#,
        "postman.setGlobalVariable": #""pm.globals.set()""#, "postman.getGlobalVariable": #""pm.globals.get()""#,
        "postman.clearGlobalVariables": #""pm.globals.clear()""#,
        "postman.clearGlobalVariable": #""pm.globals.unset()""#,
        "postman.getResponseCookie": #""pm.cookies.get()""#,
        "postman.getResponseHeader": #""pm.response.headers.get()""#,
    ]
}
