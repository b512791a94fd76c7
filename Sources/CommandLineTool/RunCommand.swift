import Foundation
import JSON
import MockServer
import PostmanFormat
import Reporters
import Runner
import Transport
import Variables

/// `postie run`: load the inputs, run the collection, write the reports and exports, choose the exit code.
struct RunCommand {
    var arguments: RunArguments
    var io: ProcessIO
    var transport: any HTTPTransport
    var clock: RunClock

    func execute() -> ExitCode {
        do throws(RunCommandError) {
            return try run()
        } catch {
            io.standardError(error.description + "\n")
            return error.exitCode
        }
    }

    private func run() throws(RunCommandError) -> ExitCode {
        try rejectUnsupportedTLSOptions()
        let source = DocumentSource(io: io, transport: transport, postmanAPIKey: arguments.postmanAPIKey)
        let collectionFile = arguments.collection == "-" ? "<stdin>" : arguments.collection
        // The bytes are kept only for --export-collection, so a large collection isn't held twice during the run.
        let (collection, collectionBytes) = try loadCollection(source: source, file: collectionFile)
        var input = RunInput(collection: collection, collectionFile: collectionFile)
        if let path = arguments.environment {
            let data = try load { () throws(LoadErrors) in try source.read(path, kind: .environment) }
            input.environment = try load { () throws(LoadErrors) in try DocumentLoader.loadEnvironment(data: data, file: path) }
        }
        if let path = arguments.globals {
            let data = try load { () throws(LoadErrors) in try source.read(path, kind: .environment) }
            input.globals = try load { () throws(LoadErrors) in try DocumentLoader.loadEnvironment(data: data, file: path) }
        }
        if let path = arguments.iterationData {
            let text = try load { () throws(LoadErrors) in try source.readText(path, kind: .environment) }
            input.iterationData = try load { () throws(LoadErrors) in try IterationDataParser.parse(text: text, file: path) }
        }
        input.environmentOverrides = injected(prefix: "POSTIE_ENV_") + arguments.environmentVariables
        input.globalOverrides = injected(prefix: "POSTIE_GLOBAL_") + arguments.globalVariables

        let plan: RunPlan
        do {
            plan = try RunPlan(collection: collection, folders: arguments.folders, file: collectionFile)
        } catch {
            throw RunCommandError(description: error.description, exitCode: .usage)
        }

        var options = runOptions()
        options.checks = try DeclarativeChecksLoader(arguments: arguments).load(source: source)
        // Selectors are checked against the whole collection, so --folder doesn't make every other one a warning.
        let wholePlan = arguments.folders.isEmpty ? plan : (try? RunPlan(collection: collection)) ?? plan
        for warning in DeclarativeChecksLoader.unmatchedSelectorWarnings(options.checks, plan: wholePlan) {
            io.standardError(warning + "\n")
        }

        var mockServer: HTTPServer?
        if arguments.mock {
            let server = try startMock(collection, file: collectionFile)
            mockServer = server
            input.environmentOverrides.append(VariableOverride(key: arguments.mockVariable, value: server.baseURL))
        }
        defer { mockServer?.stop() }

        let cookieJar = CookieJar()
        if let path = arguments.cookieJar {
            let text = try load { () throws(LoadErrors) in try source.readText(path, kind: .environment) }
            try load { () throws(LoadErrors) in
                for cookie in try CookieJarFile.parse(text, file: path) { cookieJar.insert(cookie) }
            }
        }

        let cancellation = RunCancellation()
        let runner = CollectionRunner(
            input: input, plan: plan, options: options, environment: runEnvironment(), transport: transport,
            cookieJar: cookieJar, cancellation: cancellation)
        let console = consoleReporter(redactor: { [runner] in runner.redactor })
        if let console { runner.add(console) }

        let stopListening = io.onInterrupt {
            cancellation.cancel()
            transport.cancelAll()
        }
        let result = runner.run()
        stopListening()

        console?.renderSummary(result)
        var writeFailed = false
        for problem in writeReports(result, redactor: runner.redactor) {
            io.standardError(problem + "\n")
            writeFailed = true
        }
        for problem in writeExports(runner, collectionBytes: collectionBytes, cookieJar: cookieJar) {
            io.standardError(problem + "\n")
            writeFailed = true
        }
        if arguments.suppressExitCode { return .success }
        return result.isSuccess && !writeFailed ? .success : .failure
    }

    private func loadCollection(source: DocumentSource, file: String) throws(RunCommandError)
        -> (PostmanCollection, Data?)
    {
        let data = try load { () throws(LoadErrors) in try source.read(arguments.collection, kind: .collection) }
        let collection = try load { () throws(LoadErrors) in try DocumentLoader.loadCollection(data: data, file: file) }
        return (collection, arguments.exportCollection == nil ? nil : data)
    }

    private func load<T>(_ body: () throws(LoadErrors) -> T) throws(RunCommandError) -> T {
        do {
            return try body()
        } catch {
            throw RunCommandError(description: error.description, exitCode: .loadError)
        }
    }

    /// `POSTIE_ENV_name=value` from the process environment, so secrets never have to be in argv.
    private func injected(prefix: String) -> [VariableOverride] {
        io.environment.keys.sorted().compactMap { name in
            guard name.hasPrefix(prefix), name.count > prefix.count, let value = io.environment[name] else { return nil }
            return VariableOverride(key: String(name.dropFirst(prefix.count)), value: value, isSecret: true)
        }
    }

    private func rejectUnsupportedTLSOptions() throws(RunCommandError) {
        #if canImport(FoundationNetworking)
        let platform = "URLSession on Linux"
        #else
        let platform = "this build"
        #endif
        if arguments.insecure {
            throw RunCommandError(
                description: UsageError(
                    "--insecure is not supported: \(platform) cannot turn off TLS certificate checks for one run",
                    help: "add the server's CA to the system trust store (update-ca-certificates), or use http:// for local servers"
                ).description, exitCode: .usage)
        }
        if let option = arguments.sslOptions.first {
            throw RunCommandError(
                description: UsageError(
                    "\(option) is not supported: \(platform) cannot use client certificates or extra CA files per run",
                    help: "add CAs to the system trust store (update-ca-certificates); client certificates are not available yet"
                ).description, exitCode: .usage)
        }
    }

    private func runOptions() -> RunOptions {
        var options = RunOptions()
        options.iterationCount = arguments.iterationCount
        options.folders = arguments.folders
        options.delayBetweenRequests = .milliseconds(arguments.delayRequest)
        options.runTimeout = arguments.timeout > 0 ? .milliseconds(arguments.timeout) : nil
        options.requestTimeout = arguments.timeoutRequest > 0 ? .milliseconds(arguments.timeoutRequest) : nil
        options.scriptTimeout = arguments.timeoutScript > 0 ? .milliseconds(arguments.timeoutScript) : nil
        switch arguments.bail {
        case "failure": options.bail = .failure
        case "folder": options.bail = .folder
        default: options.bail = nil
        }
        options.followRedirects = !arguments.ignoreRedirects
        options.maximumRequestsPerIteration = arguments.maxRequests
        options.warnsOfDeprecatedScriptAPIs = arguments.verbose
        options.workingDirectory = arguments.workingDirectory ?? FileManager.default.currentDirectoryPath
        #if canImport(FoundationNetworking)
        options.canSendBodyWithGET = false
        #else
        options.canSendBodyWithGET = true
        #endif
        return options
    }

    private func runEnvironment() -> RunEnvironment {
        let workingDirectory = arguments.workingDirectory ?? FileManager.default.currentDirectoryPath
        let random: any RandomSource = arguments.seed.map { SeededRandom(seed: $0) } ?? SystemRandom()
        return RunEnvironment(
            monotonicNow: clock.monotonicNow, wallClock: clock.wallClock, random: random,
            readFile: { path in
                let full = path.hasPrefix("/") ? path : workingDirectory + "/" + path
                guard let data = FileManager.default.contents(atPath: full) else {
                    throw FileReadError(path: full)
                }
                return data
            },
            sleep: clock.sleep)
    }

    private var colorEnabled: Bool {
        switch arguments.color {
        case .on: true
        case .off: false
        case .auto: io.isTerminal && io.environment["NO_COLOR"].map(\.isEmpty) != false
        }
    }

    private func consoleReporter(redactor: @escaping () -> SecretRedactor) -> ConsoleReporter? {
        guard !arguments.silent, arguments.reporters.contains("cli") else { return nil }
        return ConsoleReporter(
            useColor: colorEnabled, verbose: arguments.verbose, redactor: redactor, write: io.standardOutput)
    }

    private func startMock(_ collection: PostmanCollection, file: String) throws(RunCommandError) -> HTTPServer {
        let examples = MockExampleCatalog.examples(in: collection)
        guard !examples.isEmpty else {
            throw RunCommandError(
                description: UsageError(
                    "--mock needs saved examples, but \(file) has none",
                    help: "save example responses on the requests in Postman, or run against a real server"
                ).description, exitCode: .usage)
        }
        let matcher = ExampleMatcher(examples: examples)
        let io = self.io
        var log: (@Sendable (ServerLogEntry) -> Void)?
        if arguments.verbose {
            log = { entry in io.standardError("mock: \(entry)\n") }
        }
        do {
            let server = try HTTPServer(log: log, handler: { request in matcher.response(for: request) })
            server.start()
            return server
        } catch {
            throw RunCommandError(description: "error: the mock server could not start: \(error)", exitCode: .failure)
        }
    }

    // MARK: Output files

    private func reportPath(_ explicit: String?, extension fileExtension: String, started: Date) -> String {
        // 2026-11-29T04:29:30Z → 2026-11-29-04-29-30, as Newman names its reports.
        var stamp = String(ISO8601DateFormatter().string(from: started).map { $0.isNumber ? $0 : "-" })
        while stamp.hasSuffix("-") { stamp.removeLast() }
        let name = "postie-run-report-\(stamp).\(fileExtension)"
        guard let explicit else { return "postie-reports/" + name }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: explicit, isDirectory: &isDirectory), isDirectory.boolValue {
            return explicit + "/" + name
        }
        return explicit
    }

    private func writeReports(_ result: RunResult, redactor: SecretRedactor) -> [String] {
        var problems: [String] = []
        if arguments.reporters.contains("json") {
            let path = reportPath(arguments.jsonExport, extension: "json", started: result.started)
            if let problem = write(JSONReporter(redactor: redactor).render(result), to: path) { problems.append(problem) }
        }
        if arguments.reporters.contains("junit") {
            let path = reportPath(arguments.junitExport, extension: "xml", started: result.started)
            if let problem = write(JUnitReporter(hostname: io.hostname, redactor: redactor).render(result), to: path) {
                problems.append(problem)
            }
        }
        return problems
    }

    private func writeExports(_ runner: CollectionRunner, collectionBytes: Data?, cookieJar: CookieJar) -> [String] {
        var problems: [String] = []
        let exportedAt = clock.wallClock.now
        if let path = arguments.exportEnvironment {
            let text = VariableScopeFile.render(runner.scopes.environment, scope: "environment", exportedAt: exportedAt)
            if let problem = write(text, to: path) { problems.append(problem) }
        }
        if let path = arguments.exportGlobals {
            let text = VariableScopeFile.render(runner.scopes.globals, scope: "globals", exportedAt: exportedAt)
            if let problem = write(text, to: path) { problems.append(problem) }
        }
        if let path = arguments.exportCollection, let collectionBytes {
            // The collection as it was read: Postie never changes it, and variables set by scripts are in the
            // environment and globals exports.
            if let problem = write(String(decoding: collectionBytes, as: UTF8.self), to: path) { problems.append(problem) }
        }
        if let path = arguments.exportCookieJar {
            if let problem = write(CookieJarFile.render(cookieJar.cookies), to: path) { problems.append(problem) }
        }
        return problems
    }

    private func write(_ text: String, to path: String) -> String? {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
            return nil
        } catch {
            return "error: could not write \(path): \(error.localizedDescription)"
        }
    }
}

/// A problem that ends `postie run` before or instead of running, with its exit code.
struct RunCommandError: Error {
    var description: String
    var exitCode: ExitCode
}

struct FileReadError: Error, CustomStringConvertible {
    var path: String
    var description: String { "no readable file at \(path)" }
}
