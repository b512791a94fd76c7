import Foundation
import Variables

/// Time as the run sees it: real by default, fixed in tests so reports are byte-for-byte stable.
package struct RunClock: Sendable {
    package var monotonicNow: @Sendable () -> Duration
    package var wallClock: any WallClock
    package var sleep: @Sendable (Duration) -> Void

    package static var live: RunClock {
        let clock = ContinuousClock()
        let origin = clock.now
        return RunClock(
            monotonicNow: { clock.now - origin }, wallClock: SystemClock(),
            sleep: { duration in Thread.sleep(forTimeInterval: Double(duration.milliseconds) / 1000) })
    }

    /// A clock whose wall time never moves and whose monotonic time advances by `step` at every reading, so
    /// every measured duration is exactly `step`.
    package static func fixed(at date: Date, step: Duration) -> RunClock {
        let counter = StepCounter()
        return RunClock(
            monotonicNow: { step * counter.next() }, wallClock: FixedClock(date), sleep: { _ in })
    }
}

private final class StepCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
