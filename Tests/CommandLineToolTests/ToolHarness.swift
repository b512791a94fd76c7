import Foundation
import TestSupport
import Transport

@testable import CommandLineTool

/// Runs the whole tool in memory and captures what it prints.
struct ToolRun {
    var exitCode: ExitCode
    var standardOutput: String
    var standardError: String
}

enum ToolHarness {
    static let fixedDate = Date(timeIntervalSince1970: 1_795_000_000)

    static func run(
        _ arguments: [String], environment: [String: String] = [:], standardInput: String = "",
        transport: (any HTTPTransport)? = nil, isTerminal: Bool = false, interrupts: TestInterrupts = TestInterrupts()
    ) -> ToolRun {
        let output = OutputCapture()
        let errors = OutputCapture()
        let input = Data(standardInput.utf8)
        let io = ProcessIO(
            standardOutput: output.write, standardError: errors.write, isTerminal: isTerminal,
            environment: environment, standardInput: { input }, hostname: "ci-host",
            onInterrupt: interrupts.listen)
        let code = CommandLineTool.main(
            arguments: arguments, io: io, transport: transport,
            clock: .fixed(at: fixedDate, step: .milliseconds(7)))
        return ToolRun(exitCode: code, standardOutput: output.text, standardError: errors.text)
    }
}

/// Stands in for Ctrl-C in one test's run, without sending a process-wide signal.
final class TestInterrupts: @unchecked Sendable {
    private let lock = NSLock()
    private var handler: (@Sendable () -> Void)?

    func listen(_ handler: @escaping @Sendable () -> Void) -> (() -> Void) {
        lock.lock()
        self.handler = handler
        lock.unlock()
        return { [self] in
            lock.lock()
            self.handler = nil
            lock.unlock()
        }
    }

    func fire() {
        lock.lock()
        let handler = self.handler
        lock.unlock()
        handler?()
    }
}
