import Authorization
import Foundation
import JSON
import PostmanFormat
import PostmanSandbox
import Transport
import Variables

/// Runs a collection: for each iteration, for each planned item, pre-request scripts → build the request →
/// send it (following redirects here, not in URLSession) → test scripts → checks, reporting each step as a
/// `RunEvent`, and returns the `RunResult` every reporter renders.
package final class CollectionRunner {
    package let input: RunInput
    package let plan: RunPlan
    package let options: RunOptions
    package let environment: RunEnvironment
    package let transport: any HTTPTransport
    package let cookieJar: CookieJar
    package let cancellation: RunCancellation
    private var observers: [any RunObserver] = []

    /// The run's variables; after `run()` they hold the final state for `--export-environment` and friends.
    package private(set) var scopes: ScopeChain
    // Set only by the runner: the sending extension adds the signed Authorization values.
    package internal(set) var redactor: SecretRedactor
    private let scripts: ScriptRunner
    private var reportedWarnings = Set<RunWarning>()
    /// Handshake parameters (digest realm and nonce, …) kept per auth definition, as Postman writes them back.
    var authState: [String: AuthParameters] = [:]
    /// OAuth2 tokens fetched during the run, by grant.
    var oauth2Tokens: [String: OAuth2TokenClient.Token] = [:]
    /// What `pm.sendRequest` sent during the script that is running.
    var pendingScriptRequests: [ScriptRequestRecord] = []

    package init(
        input: RunInput, plan: RunPlan, options: RunOptions, environment: RunEnvironment, transport: any HTTPTransport,
        cookieJar: CookieJar = CookieJar(), cancellation: RunCancellation = RunCancellation()
    ) {
        self.input = input
        self.plan = plan
        self.options = options
        self.environment = environment
        self.transport = transport
        self.cookieJar = cookieJar
        self.cancellation = cancellation
        var redactor = SecretRedactor()
        self.scopes = Self.initialScopes(input, environment: environment, redactor: &redactor)
        self.redactor = redactor
        self.scripts = ScriptRunner(
            scriptTimeout: options.scriptTimeout, collectionFile: input.collectionFile,
            collectionName: input.collection.info.name, clock: environment.wallClock)
        scripts.cookieStore = RunCookieStore(jar: cookieJar, clock: environment.wallClock)
        scripts.warnsOfDeprecatedAPIs = options.warnsOfDeprecatedScriptAPIs
    }

    package func add(_ observer: any RunObserver) {
        observers.append(observer)
    }

    func emit(_ event: RunEvent) {
        for observer in observers { observer.handle(event) }
    }

    private static func initialScopes(
        _ input: RunInput, environment: RunEnvironment, redactor: inout SecretRedactor
    ) -> ScopeChain {
        func scope(
            _ kind: VariableScopeKind, name: String?, _ definitions: [VariableDefinition],
            _ overrides: [VariableOverride] = []
        ) -> VariableScope {
            var scope = VariableScope(kind: kind, name: name)
            for definition in definitions {
                scope.append(
                    Variable(
                        key: definition.key, value: definition.value, type: definition.type ?? "default",
                        isDisabled: definition.isDisabled))
                if definition.isSecret, case .string(let secret) = definition.value { redactor.add(secret) }
            }
            for override in overrides {
                scope.set(override.key, override.value.map(JSONValue.string))
                if override.isSecret, let value = override.value { redactor.add(value) }
            }
            return scope
        }
        return ScopeChain(
            environment: scope(
                .environment, name: input.environment?.name, input.environment?.values ?? [],
                input.environmentOverrides),
            collection: scope(.collection, name: input.collection.info.name, input.collection.variables),
            globals: scope(.globals, name: input.globals?.name, input.globals?.values ?? [], input.globalOverrides),
            dynamicVariables: DynamicVariables(random: environment.random, clock: environment.wallClock))
    }

    /// The number of iterations: `-n`, else one per data row, else one.
    package var iterationCount: Int {
        options.iterationCount ?? max(1, input.iterationData.count)
    }

    package func run() -> RunResult {
        let started = environment.wallClock.now
        let startedMonotonic = environment.monotonicNow()
        var result = RunResult(
            collectionName: plan.collectionName, collectionID: input.collection.info.id,
            environmentName: input.environment?.name, started: started, finished: started,
            iterationCount: iterationCount)
        emit(.runStarted(collectionName: plan.collectionName, iterationCount: iterationCount))

        iterations: for iteration in 0..<iterationCount {
            scopes.iterationData = dataScope(for: iteration)
            emit(.iterationStarted(index: iteration, count: iterationCount))
            var index = 0
            var executedThisIteration = 0
            while index < plan.items.count {
                let item = plan.items[index]
                executedThisIteration += 1
                if executedThisIteration > options.maximumRequestsPerIteration {
                    // Newman loops forever here; a runaway setNextRequest cycle becomes an error instead.
                    result.interruption = .requestLimit(options.maximumRequestsPerIteration)
                    break iterations
                }
                if let interruption = interruption(since: startedMonotonic) {
                    result.interruption = interruption
                    break iterations
                }
                if options.delayBetweenRequests > .zero {
                    delay(options.delayBetweenRequests)
                    if let interruption = interruption(since: startedMonotonic) {
                        result.interruption = interruption
                        break iterations
                    }
                }
                emit(.itemStarted(item, iteration: iteration))
                let (execution, next) = execute(item, iteration: iteration, runStarted: startedMonotonic)
                if let execution {
                    result.executions.append(execution)
                    emit(.itemFinished(execution))
                    if let reason = bailReason(for: execution) {
                        result.interruption = .bailed(reason)
                        break iterations
                    }
                }
                switch next {
                case nil:
                    index += 1
                case .stop:
                    continue iterations
                case .named(let name):
                    // Runnable items only: first by id, then by name, the last of duplicate names winning.
                    guard let target = plan.items.firstIndex(where: { $0.item.id == name })
                        ?? plan.items.lastIndex(where: { $0.name == name })
                    else {
                        record(
                            RunWarning(
                                message: "setNextRequest('\(name)') names no request in this run, so the iteration ends",
                                location: location(of: item)))
                        continue iterations
                    }
                    index = target
                }
            }
        }
        if result.interruption == nil, let interruption = interruption(since: startedMonotonic),
            interruption == .interrupted
        {
            result.interruption = interruption
        }
        result.finished = environment.wallClock.now
        result.warnings = Array(reportedWarningsInOrder)
        emit(.runFinished(result))
        return result
    }

    private var reportedWarningsInOrder: [RunWarning] = []

    /// Waits in short slices, so Ctrl-C during a long `--delay-request` stops the run promptly.
    private func delay(_ duration: Duration) {
        var remaining = duration
        let slice = Duration.milliseconds(50)
        while remaining > .zero, !cancellation.isCancelled {
            let step = min(slice, remaining)
            environment.sleep(step)
            remaining -= step
        }
    }

    private func dataScope(for iteration: Int) -> VariableScope {
        guard !input.iterationData.isEmpty else { return VariableScope(kind: .iterationData) }
        // Past the last row, Newman keeps using the last one.
        let row = input.iterationData[min(iteration, input.iterationData.count - 1)]
        return VariableScope(kind: .iterationData, object: row)
    }

    private func interruption(since start: Duration) -> RunInterruption? {
        if cancellation.isCancelled { return .interrupted }
        if let limit = options.runTimeout, environment.monotonicNow() - start >= limit { return .timedOut(limit) }
        return nil
    }

    private func bailReason(for execution: ItemExecution) -> String? {
        switch options.bail {
        case nil:
            return nil
        case .failure:
            if let error = execution.errors.first { return "\(error.kind) in '\(execution.displayPath)'" }
            if let failed = execution.failedChecks.first { return "'\(failed.name)' failed in '\(execution.displayPath)'" }
            return nil
        case .folder:
            if let error = execution.errors.first { return "\(error.kind) in '\(execution.displayPath)'" }
            return nil
        }
    }

    // MARK: One item

    private func location(of item: PlannedItem) -> String {
        ([input.collectionFile] + item.folders + [item.name]).joined(separator: " › ")
    }

    /// Runs one item: pre-request scripts, the request, test scripts, then declarative checks. Returns nil for
    /// the execution when a pre-request script skipped the request, and where `setNextRequest` pointed.
    private func execute(_ originalItem: PlannedItem, iteration: Int, runStarted: Duration) -> (ItemExecution?, NextRequest?) {
        var item = originalItem
        var execution = ItemExecution(
            itemID: item.id, name: item.name, folders: item.folders, iteration: iteration)
        let itemLocation = location(of: item)
        var next: NextRequest?
        let send: (ScriptRequest) -> ScriptExchange = { [unowned self] request in
            self.sendFromScript(request, itemLocation: itemLocation, runStarted: runStarted)
        }

        for script in item.prerequestScripts where script.event.hasCode {
            let result = scripts.run(
                script, item: item, iteration: iteration, iterationCount: iterationCount,
                request: unresolvedScriptRequest(item), response: nil,
                cookies: cookies(for: item.item.request.url.text()), scopes: &scopes, send: send)
            execution.prerequestScriptCount += 1
            absorb(result, into: &execution, next: &next)
            // pm.request changes apply to this send only; the next iteration starts from the collection again.
            if let headers = result.requestHeaders {
                item.item.request.headers = headers.map { KeyValueParameter(key: $0.key, value: $0.value) }
            }
            if let url = result.requestURL {
                var template = URLTemplateParser.parse(url)
                template.variables = item.item.request.url.variables
                item.item.request.url = template
            }
            if let method = result.requestMethod { item.item.request.method = method }
            if result.skipsRequest { return (nil, next) }
        }

        let builder = RequestBuilder(options: options, environment: environment, itemLocation: itemLocation)
        var sent: HTTPRequest?
        do {
            let built = try builder.build(item, resolver: TemplateResolver(chain: scopes))
            for secret in built.secrets { redactor.add(secret) }
            for warning in built.warnings { record(warning, in: &execution) }
            let started = environment.monotonicNow()
            let (outcome, authWarning) = try signAndSend(
                built, item: item, itemLocation: itemLocation, runStarted: runStarted)
            if let authWarning { record(authWarning, in: &execution) }
            execution.duration = environment.monotonicNow() - started
            sent = outcome.request
            execution.request = redactor.redact(outcome.request)
            execution.authReplays = outcome.replays
            switch outcome.result {
            case .success(let response):
                execution.response = response
            case .failure(let error):
                execution.errors.append(
                    ExecutionError(phase: .request, message: redactor.redact(error.description), location: itemLocation))
            }
        } catch {
            execution.errors.append(
                ExecutionError(phase: error.phase, message: redactor.redact(error.message), location: error.location))
        }

        emit(.requestFinished(execution))

        // Test scripts run after a request error too, as in Newman, with an empty pm.response.
        for script in item.testScripts where script.event.hasCode {
            let result = scripts.run(
                script, item: item, iteration: iteration, iterationCount: iterationCount,
                request: sent.map(Self.scriptRequest) ?? unresolvedScriptRequest(item),
                response: execution.response.map { Self.scriptResponse($0, duration: execution.duration) },
                cookies: cookies(for: sent?.url.absoluteString ?? ""), scopes: &scopes, send: send)
            execution.testScriptCount += 1
            absorb(result, into: &execution, next: &next)
        }

        if let response = execution.response, !options.checks.isEmpty {
            let resolver = TemplateResolver(chain: scopes)
            let outcome = options.checks.evaluate(
                item, response: response, duration: execution.duration, resolve: { resolver.resolvedText($0) })
            execution.checks += outcome.checks
            // Captures go to the local scope, which outranks the environment's placeholders, as pm.variables.set does.
            for (name, value) in outcome.captures { scopes.local.set(name, .string(value)) }
            for text in outcome.warnings {
                record(RunWarning(message: "the response has keys its saved example does not:\n" + text, location: itemLocation), in: &execution)
            }
        }

        if execution.response != nil, execution.checks.isEmpty {
            execution.checks.append(CheckResult(name: item.name, source: .response, outcome: .passed))
        }
        for secret in scopes.secretValues { redactor.add(secret) }
        return (execution, next)
    }

    private func absorb(_ result: ScriptRunner.Result, into execution: inout ItemExecution, next: inout NextRequest?) {
        execution.checks += result.checks
        execution.scriptRequests += pendingScriptRequests
        pendingScriptRequests = []
        if let error = result.error {
            execution.errors.append(
                ExecutionError(phase: error.phase, message: redactor.redact(error.message), location: error.location))
        }
        for log in result.logs {
            execution.logs.append(log)
            emit(.scriptLogged(log))
        }
        // The last call wins, and a test script's call beats a pre-request script's.
        if let requested = result.nextRequest { next = requested }
    }

    /// `pm.cookies`: what the jar would send to `url`.
    private func cookies(for url: String) -> [(name: String, value: String)] {
        guard case .success(let parsed) = URLEncoder.url(from: url) else { return [] }
        return cookieJar.cookies(for: parsed, now: environment.wallClock.now).map { ($0.name, $0.value) }
    }

    private func unresolvedScriptRequest(_ item: PlannedItem) -> ScriptRequest {
        let request = item.item.request
        var body: String?
        if case .raw(let text, _) = request.body { body = text }
        return ScriptRequest(
            method: request.method, url: request.url.text(),
            headers: request.headers.filter { !$0.isDisabled }.map { ($0.key, $0.value ?? "") }, body: body)
    }

    private static func scriptRequest(_ request: HTTPRequest) -> ScriptRequest {
        ScriptRequest(
            method: request.method, url: request.url.absoluteString,
            headers: request.headers.fields.map { ($0.name, $0.value) },
            body: request.body.map { String(decoding: $0, as: UTF8.self) })
    }

    static func scriptResponse(_ response: HTTPResponse, duration: Duration) -> ScriptResponse {
        ScriptResponse(
            code: response.status, status: response.reason,
            headers: response.headers.fields.map { ($0.name, $0.value) },
            body: String(decoding: response.body, as: UTF8.self), responseTime: duration.milliseconds,
            headerSize: response.headerSize)
    }

    private func record(_ warning: RunWarning, in execution: inout ItemExecution) {
        execution.warnings.append(warning)
        record(warning)
    }

    /// A warning about the run rather than one item; each distinct warning is reported once.
    private func record(_ warning: RunWarning) {
        if reportedWarnings.insert(warning).inserted {
            reportedWarningsInOrder.append(warning)
            emit(.warning(warning))
        }
    }
}
