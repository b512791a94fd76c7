import Foundation
import Runner
import Transport

/// The process edge: argv → command → exit code. Everything below it takes and returns values.
package enum CommandLineTool {
    package static func main(
        arguments: [String], io: ProcessIO = .live, transport: (any HTTPTransport)? = nil, clock: RunClock = .live
    ) -> ExitCode {
        let command: Command
        do {
            command = try CommandLineParser.parse(arguments)
        } catch {
            io.standardError(error.description + "\n")
            return .usage
        }
        switch command {
        case .help(let topic):
            switch topic {
            case "run": io.standardOutput(Usage.run + "\n")
            case "mock": io.standardOutput(Usage.mock + "\n")
            case "js": io.standardOutput(Usage.javaScript + "\n")
            default: io.standardOutput(Usage.main + "\n")
            }
            return .success
        case .version:
            io.standardOutput(PostieVersion.current + "\n")
            return .success
        case .run(let runArguments):
            return RunCommand(
                arguments: runArguments, io: io, transport: transport ?? URLSessionTransport(), clock: clock
            ).execute()
        case .mock(let mockArguments):
            return MockCommand(arguments: mockArguments, io: io).execute()
        case .javaScript(let javaScriptArguments):
            return JavaScriptFilesCommand(arguments: javaScriptArguments, io: io).execute()
        }
    }
}
