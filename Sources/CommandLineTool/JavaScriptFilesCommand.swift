import Foundation
import JavaScriptInterpreter

/// `postie js`: run JavaScript files in one realm, so the interpreter can be tried and tested from outside.
struct JavaScriptFilesCommand {
    var arguments: JavaScriptArguments
    var io: ProcessIO

    func execute() -> ExitCode {
        var files: [(name: String, source: String)] = []
        for path in arguments.files {
            guard let data = FileManager.default.contents(atPath: path) else {
                io.standardError("error: no such file: \(path)\n")
                return .loadError
            }
            files.append((path, String(decoding: data, as: UTF8.self)))
        }
        let limits = ExecutionLimits(
            maxSteps: arguments.maxSteps, timeoutMilliseconds: arguments.timeoutMilliseconds,
            maxMemoryMegabytes: arguments.maxMemoryMegabytes)
        let io = self.io
        let status = JavaScriptCommand.run(
            files: files, strict: arguments.strict, limits: limits,
            stdout: { io.standardOutput($0 + "\n") }, stderr: { io.standardError($0 + "\n") })
        return ExitCode(rawValue: status) ?? .failure
    }
}
