import Dispatch
import Foundation

/// Turns the first Ctrl-C into a graceful stop (the reports are still written, marked incomplete) and a second
/// one into an immediate exit.
final class InterruptHandler {
    private var source: (any DispatchSourceSignal)?

    init(onInterrupt: @escaping @Sendable () -> Void) {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        let count = InterruptCount()
        source.setEventHandler {
            if count.increment() > 1 { exit(130) }
            onInterrupt()
        }
        source.resume()
        self.source = source
    }

    func stop() {
        source?.cancel()
        source = nil
        signal(SIGINT, SIG_DFL)
    }
}

private final class InterruptCount: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
