import Foundation

/// The process's edges, injected so the whole tool can be run in memory by tests.
package struct ProcessIO: Sendable {
    package var standardOutput: @Sendable (String) -> Void
    package var standardError: @Sendable (String) -> Void
    /// Whether standard output is a terminal, for `--color auto`.
    package var isTerminal: Bool
    package var environment: [String: String]
    package var standardInput: @Sendable () -> Data
    /// The machine name JUnit reports carry.
    package var hostname: String
    /// Calls the handler on Ctrl-C until the returned closure is called. Signals are process-wide, so tests
    /// pass their own source rather than racing each other for SIGINT.
    package var onInterrupt: @Sendable (@escaping @Sendable () -> Void) -> (() -> Void)

    package init(
        standardOutput: @escaping @Sendable (String) -> Void, standardError: @escaping @Sendable (String) -> Void,
        isTerminal: Bool, environment: [String: String], standardInput: @escaping @Sendable () -> Data,
        hostname: String = "localhost",
        onInterrupt: @escaping @Sendable (@escaping @Sendable () -> Void) -> (() -> Void) = { _ in {} }
    ) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.isTerminal = isTerminal
        self.environment = environment
        self.standardInput = standardInput
        self.hostname = hostname
        self.onInterrupt = onInterrupt
    }

    /// The real process: stdout, stderr, the environment and stdin.
    package static var live: ProcessIO {
        ProcessIO(
            standardOutput: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            standardError: { text in FileHandle.standardError.write(Data(text.utf8)) },
            isTerminal: isatty(STDOUT_FILENO) != 0,
            environment: ProcessInfo.processInfo.environment,
            standardInput: { FileHandle.standardInput.readDataToEndOfFile() },
            hostname: ProcessInfo.processInfo.hostName,
            onInterrupt: { handler in
                let interrupts = InterruptHandler(onInterrupt: handler)
                return { interrupts.stop() }
            })
    }
}
