import Runner

/// What the command line asks for.
enum Command: Sendable, Hashable {
    case run(RunArguments)
    case mock(MockArguments)
    case javaScript(JavaScriptArguments)
    case help(topic: String?)
    case version
}

/// Arguments of `postie mock`.
struct MockArguments: Sendable, Hashable {
    var collection = ""
    var host = "127.0.0.1"
    var port = 0
    var verbose = false
}

/// Arguments of `postie js`.
struct JavaScriptArguments: Sendable, Hashable {
    var files: [String] = []
    var strict = false
    var maxSteps: Int?
    var timeoutMilliseconds: Int?
    var maxMemoryMegabytes: Int?
}

/// The hand-written argument parser: `--name value`, `--name=value`, short aliases, repeatable options, and a
/// "did you mean" for unknown options.
enum CommandLineParser {
    static func parse(_ arguments: [String]) throws(UsageError) -> Command {
        guard let first = arguments.first else { return .help(topic: nil) }
        switch first {
        case "-h", "--help", "help":
            return .help(topic: arguments.dropFirst().first)
        case "-v", "--version", "version":
            return .version
        case "run":
            if arguments.dropFirst().contains(where: { $0 == "-h" || $0 == "--help" }) { return .help(topic: "run") }
            return .run(try parseRun(Array(arguments.dropFirst())))
        case "mock":
            if arguments.dropFirst().contains(where: { $0 == "-h" || $0 == "--help" }) { return .help(topic: "mock") }
            return .mock(try parseMock(Array(arguments.dropFirst())))
        case "js":
            if arguments.dropFirst().contains(where: { $0 == "-h" || $0 == "--help" }) { return .help(topic: "js") }
            return .javaScript(try parseJavaScript(Array(arguments.dropFirst())))
        default:
            let commands = ["run", "mock", "js", "help", "version"]
            if first.hasPrefix("-") {
                throw UsageError("unknown option '\(first)'", help: "commands come first: postie run <collection> [options]")
            }
            let help = Suggestion.closest(to: first, in: commands).map { "did you mean 'postie \($0)'?" }
                ?? "the commands are: \(commands.joined(separator: ", ")); see postie --help"
            throw UsageError("unknown command '\(first)'", help: help)
        }
    }

    // MARK: run

    private struct Option: Sendable {
        var names: [String]
        var takesValue: Bool
        var apply: @Sendable (inout RunArguments, String, String) throws(UsageError) -> Void
    }

    private static let runOptions: [Option] = [
        Option(names: ["-e", "--environment"], takesValue: true) { $0.environment = $2 },
        Option(names: ["-g", "--globals"], takesValue: true) { $0.globals = $2 },
        Option(names: ["-d", "--iteration-data"], takesValue: true) { $0.iterationData = $2 },
        Option(names: ["-n", "--iteration-count"], takesValue: true) { arguments, name, value throws(UsageError) in
            let count = try wholeNumber(value, for: name)
            guard count > 0 else { throw UsageError("\(name) must be at least 1, got '\(value)'") }
            arguments.iterationCount = count
        },
        Option(names: ["--folder"], takesValue: true) { $0.folders.append($2) },
        Option(names: ["--env-var"], takesValue: true) { arguments, name, value throws(UsageError) in
            arguments.environmentVariables.append(try assignment(value, for: name))
        },
        Option(names: ["--global-var"], takesValue: true) { arguments, name, value throws(UsageError) in
            arguments.globalVariables.append(try assignment(value, for: name))
        },
        Option(names: ["-r", "--reporters"], takesValue: true) { arguments, name, value throws(UsageError) in
            let names = value.split(separator: ",").map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
            let known = ["cli", "json", "junit"]
            for reporter in names where !known.contains(reporter) {
                let help = Suggestion.closest(to: reporter, in: known).map { "did you mean '\($0)'?" }
                    ?? "the reporters are cli, json and junit"
                throw UsageError("unknown reporter '\(reporter)'", help: help)
            }
            arguments.reporters = names
        },
        Option(names: ["--reporter-json-export"], takesValue: true) { $0.jsonExport = $2 },
        Option(names: ["--reporter-junit-export"], takesValue: true) { $0.junitExport = $2 },
        Option(names: ["--export-environment"], takesValue: true) { $0.exportEnvironment = $2 },
        Option(names: ["--export-globals"], takesValue: true) { $0.exportGlobals = $2 },
        Option(names: ["--export-collection"], takesValue: true) { $0.exportCollection = $2 },
        Option(names: ["--export-cookie-jar"], takesValue: true) { $0.exportCookieJar = $2 },
        Option(names: ["--cookie-jar"], takesValue: true) { $0.cookieJar = $2 },
        Option(names: ["--postman-api-key"], takesValue: true) { $0.postmanAPIKey = $2 },
        Option(names: ["--ignore-redirects"], takesValue: false) { arguments, _, _ in arguments.ignoreRedirects = true },
        Option(names: ["-x", "--suppress-exit-code"], takesValue: false) { arguments, _, _ in
            arguments.suppressExitCode = true
        },
        Option(names: ["--silent"], takesValue: false) { arguments, _, _ in arguments.silent = true },
        Option(names: ["--verbose"], takesValue: false) { arguments, _, _ in arguments.verbose = true },
        Option(names: ["--color"], takesValue: true) { arguments, name, value throws(UsageError) in
            guard let mode = RunArguments.ColorMode(rawValue: value) else {
                throw UsageError("\(name) takes auto, on or off, got '\(value)'")
            }
            arguments.color = mode
        },
        Option(names: ["--no-color"], takesValue: false) { arguments, _, _ in arguments.color = .off },
        Option(names: ["--delay-request"], takesValue: true) { arguments, name, value throws(UsageError) in
            arguments.delayRequest = try wholeNumber(value, for: name)
        },
        Option(names: ["--timeout"], takesValue: true) { arguments, name, value throws(UsageError) in
            arguments.timeout = try wholeNumber(value, for: name)
        },
        Option(names: ["--timeout-request"], takesValue: true) { arguments, name, value throws(UsageError) in
            arguments.timeoutRequest = try wholeNumber(value, for: name)
        },
        Option(names: ["--timeout-script"], takesValue: true) { arguments, name, value throws(UsageError) in
            arguments.timeoutScript = try wholeNumber(value, for: name)
        },
        Option(names: ["--working-dir"], takesValue: true) { $0.workingDirectory = $2 },
        Option(names: ["-k", "--insecure"], takesValue: false) { arguments, _, _ in arguments.insecure = true },
        Option(names: ["--ssl-client-cert"], takesValue: true) { arguments, name, _ in arguments.sslOptions.append(name) },
        Option(names: ["--ssl-client-key"], takesValue: true) { arguments, name, _ in arguments.sslOptions.append(name) },
        Option(names: ["--ssl-client-passphrase"], takesValue: true) { arguments, name, _ in
            arguments.sslOptions.append(name)
        },
        Option(names: ["--ssl-client-cert-list"], takesValue: true) { arguments, name, _ in
            arguments.sslOptions.append(name)
        },
        Option(names: ["--ssl-extra-ca-certs"], takesValue: true) { arguments, name, _ in
            arguments.sslOptions.append(name)
        },
        Option(names: ["--seed"], takesValue: true) { arguments, name, value throws(UsageError) in
            guard let seed = UInt64(value) else {
                throw UsageError("\(name) expects a whole number, got '\(value)'")
            }
            arguments.seed = seed
        },
        Option(names: ["--mock"], takesValue: false) { arguments, _, _ in arguments.mock = true },
        Option(names: ["--mock-variable"], takesValue: true) { $0.mockVariable = $2 },
        Option(names: ["--assert"], takesValue: true) { $0.assertions.append($2) },
        Option(names: ["--max-requests"], takesValue: true) { arguments, name, value throws(UsageError) in
            let count = try wholeNumber(value, for: name)
            guard count > 0 else { throw UsageError("\(name) must be at least 1, got '\(value)'") }
            arguments.maxRequests = count
        },
        Option(names: ["--assertions"], takesValue: true) { $0.assertionsFile = $2 },
        Option(names: ["--contract"], takesValue: true) { arguments, name, value throws(UsageError) in
            guard value == "examples" else {
                throw UsageError("\(name) takes 'examples', got '\(value)'", help: "write --contract examples")
            }
            arguments.contract = value
        },
        Option(names: ["--contract-nulls"], takesValue: true) { arguments, name, value throws(UsageError) in
            guard ["lenient", "strict"].contains(value) else {
                throw UsageError("\(name) takes lenient or strict, got '\(value)'")
            }
            arguments.contractNulls = value
        },
        Option(names: ["--contract-extra-keys"], takesValue: true) { arguments, name, value throws(UsageError) in
            guard ["fail", "warn", "ignore"].contains(value) else {
                throw UsageError("\(name) takes fail, warn or ignore, got '\(value)'")
            }
            arguments.contractExtraKeys = value
        },
    ]

    private static func parseRun(_ arguments: [String]) throws(UsageError) -> RunArguments {
        var result = RunArguments()
        var positional: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "-" || !argument.hasPrefix("-") {
                positional.append(argument)
                continue
            }
            if argument == "--" {
                positional.append(contentsOf: arguments[index...])
                break
            }
            var name = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if name == "--bail" {
                // The modifier is optional: take the next word only when it is one.
                if let inlineValue {
                    result.bail = try bailMode(inlineValue)
                } else if index < arguments.count, ["failure", "folder"].contains(arguments[index]) {
                    result.bail = arguments[index]
                    index += 1
                } else {
                    result.bail = "failure"
                }
                continue
            }
            guard let option = runOptions.first(where: { $0.names.contains(name) }) else {
                let all = runOptions.flatMap(\.names).filter { $0.hasPrefix("--") } + ["--bail", "--help"]
                let help = Suggestion.closest(to: name, in: all).map { "did you mean '\($0)'?" }
                    ?? "see postie run --help for the options"
                throw UsageError("unknown option '\(name)'", help: help)
            }
            if option.takesValue {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count,
                    !arguments[index].hasPrefix("-") || arguments[index] == "-" || Int(arguments[index]) != nil
                        || name == "--assert"
                {
                    value = arguments[index]
                    index += 1
                } else {
                    throw UsageError("\(name) needs a value", help: "write \(name) <value>")
                }
                try option.apply(&result, name, value)
            } else {
                if inlineValue != nil { throw UsageError("\(name) takes no value") }
                try option.apply(&result, name, "")
            }
        }
        guard let collection = positional.first else {
            throw UsageError(
                "postie run needs a collection", help: "postie run <collection.json | URL | -> [options]")
        }
        if positional.count > 1 {
            throw UsageError(
                "unexpected argument '\(positional[1])'", help: "postie run takes one collection; options start with -")
        }
        result.collection = collection
        return result
    }

    private static func bailMode(_ value: String) throws(UsageError) -> String {
        guard ["failure", "folder"].contains(value) else {
            throw UsageError("--bail takes failure or folder, got '\(value)'")
        }
        return value
    }

    private static func wholeNumber(_ value: String, for name: String) throws(UsageError) -> Int {
        guard let number = Int(value), number >= 0 else {
            throw UsageError("\(name) expects a whole number of milliseconds or a count, got '\(value)'")
        }
        return number
    }

    /// `key=value`, split at the first `=`; `key` alone defines the variable with no value, as Newman does.
    private static func assignment(_ value: String, for name: String) throws(UsageError) -> VariableOverride {
        let key: Substring
        var assigned: String?
        if let equals = value.firstIndex(of: "=") {
            key = value[..<equals]
            assigned = String(value[value.index(after: equals)...])
        } else {
            key = Substring(value)
        }
        guard !key.isEmpty else {
            throw UsageError("\(name) expects key=value, got '\(value)'", help: "write \(name) baseUrl=https://example.com")
        }
        return VariableOverride(key: String(key), value: assigned)
    }

    // MARK: js

    private static func parseJavaScript(_ arguments: [String]) throws(UsageError) -> JavaScriptArguments {
        var result = JavaScriptArguments()
        var index = 0
        func number(_ name: String) throws(UsageError) -> Int {
            guard index < arguments.count, let value = Int(arguments[index]), value > 0 else {
                throw UsageError("\(name) expects a whole number above 0")
            }
            index += 1
            return value
        }
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            switch argument {
            case "--strict": result.strict = true
            case "--max-steps": result.maxSteps = try number(argument)
            case "--timeout-ms": result.timeoutMilliseconds = try number(argument)
            case "--max-memory-mb": result.maxMemoryMegabytes = try number(argument)
            default:
                if argument.hasPrefix("-") {
                    let known = ["--strict", "--max-steps", "--timeout-ms", "--max-memory-mb"]
                    let help = Suggestion.closest(to: argument, in: known).map { "did you mean '\($0)'?" }
                    throw UsageError("unknown option '\(argument)'", help: help ?? "see postie js --help")
                }
                result.files.append(argument)
            }
        }
        guard !result.files.isEmpty else {
            throw UsageError("postie js needs at least one file", help: "postie js [--strict] FILE…")
        }
        return result
    }

    // MARK: mock

    private static func parseMock(_ arguments: [String]) throws(UsageError) -> MockArguments {
        var result = MockArguments()
        var positional: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            switch argument {
            case "--port", "-p":
                guard index < arguments.count, let port = Int(arguments[index]), (0...65535).contains(port) else {
                    throw UsageError("\(argument) expects a port number from 0 to 65535")
                }
                result.port = port
                index += 1
            case "--host":
                guard index < arguments.count else { throw UsageError("--host needs a value") }
                result.host = arguments[index]
                index += 1
            case "--verbose":
                result.verbose = true
            default:
                if argument.hasPrefix("-") && argument != "-" {
                    let help = Suggestion.closest(to: argument, in: ["--port", "--host", "--verbose"])
                        .map { "did you mean '\($0)'?" }
                    throw UsageError("unknown option '\(argument)'", help: help ?? "see postie mock --help")
                }
                positional.append(argument)
            }
        }
        guard let collection = positional.first else {
            throw UsageError("postie mock needs a collection", help: "postie mock <collection.json> [--port N]")
        }
        result.collection = collection
        return result
    }
}

extension Substring {
    func trimmingCharacters() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
