import Testing

@testable import CommandLineTool

@Suite struct CommandLineParserTests {
    struct ErrorCase: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase(
            arguments: ["run", "c.json", "--enviroment", "e.json"],
            message: "error: unknown option '--enviroment'\n   = help: did you mean '--environment'?"),
        ErrorCase(
            arguments: ["run", "c.json", "--env-var", "=v"],
            message: "error: --env-var expects key=value, got '=v'\n   = help: write --env-var baseUrl=https://example.com"),
        ErrorCase(
            arguments: ["run", "c.json", "--env-var"],
            message: "error: --env-var needs a value\n   = help: write --env-var <value>"),
        ErrorCase(
            arguments: ["run"],
            message: "error: postie run needs a collection\n   = help: postie run <collection.json | URL | -> [options]"),
        ErrorCase(
            arguments: ["run", "c.json", "-r", "cli,junt"],
            message: "error: unknown reporter 'junt'\n   = help: did you mean 'junit'?"),
        ErrorCase(arguments: ["run", "c.json", "--color", "blue"], message: "error: --color takes auto, on or off, got 'blue'"),
        ErrorCase(arguments: ["run", "c.json", "-n", "0"], message: "error: -n must be at least 1, got '0'"),
        ErrorCase(
            arguments: ["run", "c.json", "--timeout-request", "soon"],
            message: "error: --timeout-request expects a whole number of milliseconds or a count, got 'soon'"),
        ErrorCase(arguments: ["run", "c.json", "--bail=always"], message: "error: --bail takes failure or folder, got 'always'"),
        ErrorCase(
            arguments: ["run", "a.json", "b.json"],
            message: "error: unexpected argument 'b.json'\n   = help: postie run takes one collection; options start with -"),
        ErrorCase(arguments: ["rnu"], message: "error: unknown command 'rnu'\n   = help: did you mean 'postie run'?"),
        ErrorCase(
            arguments: ["mock", "c.json", "--prot", "1"],
            message: "error: unknown option '--prot'\n   = help: did you mean '--port'?"),
    ]

    @Test(arguments: errorCases) func badCommandLinesAreUsageErrors(_ testCase: ErrorCase) {
        let run = ToolHarness.run(testCase.arguments)
        #expect(run.exitCode == .usage)
        #expect(run.standardError == testCase.message + "\n")
    }

    @Test func runOptionsAreParsed() throws {
        let command = try CommandLineParser.parse([
            "run", "c.json", "-e", "e.json", "--folder", "A", "--folder=B", "--env-var", "a=b=c", "--env-var", "flag",
            "-r", "cli,junit", "--bail", "-n", "2", "--seed", "42", "--timeout-request=500", "-x",
        ])
        var expected = RunArguments()
        expected.collection = "c.json"
        expected.environment = "e.json"
        expected.folders = ["A", "B"]
        expected.environmentVariables = [.init(key: "a", value: "b=c"), .init(key: "flag", value: nil)]
        expected.reporters = ["cli", "junit"]
        expected.bail = "failure"
        expected.iterationCount = 2
        expected.seed = 42
        expected.timeoutRequest = 500
        expected.suppressExitCode = true
        #expect(command == .run(expected))
    }

    @Test func bailTakesItsModifierOnlyWhenItIsOne() throws {
        guard case .run(let folder) = try CommandLineParser.parse(["run", "--bail", "folder", "c.json"]) else {
            Issue.record("expected a run command")
            return
        }
        #expect(folder.bail == "folder")
        #expect(folder.collection == "c.json")
    }

    @Test func helpAndVersionPrintAndSucceed() {
        let version = ToolHarness.run(["--version"])
        #expect(version.exitCode == .success)
        #expect(version.standardOutput == "0.1.0\n")
        let help = ToolHarness.run(["run", "--help"])
        #expect(help.exitCode == .success)
        #expect(help.standardOutput.hasPrefix("Usage: postie run <collection> [options]"))
    }
}
