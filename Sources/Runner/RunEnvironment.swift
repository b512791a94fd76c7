import Foundation
import Variables

/// The run's injected dependencies on the outside world: time, randomness and files.
package struct RunEnvironment: Sendable {
    /// Monotonic time for durations.
    package var monotonicNow: @Sendable () -> Duration
    /// Wall-clock time for timestamps and cookie expiry.
    package var wallClock: any WallClock
    package var random: any RandomSource
    /// Reads a file named in the collection (form-data and file bodies), relative to the working directory.
    package var readFile: @Sendable (String) throws -> Data
    /// Waits, for `--delay-request`; returns early if the run is cancelled.
    package var sleep: @Sendable (Duration) -> Void

    package init(
        monotonicNow: @escaping @Sendable () -> Duration, wallClock: any WallClock, random: any RandomSource,
        readFile: @escaping @Sendable (String) throws -> Data, sleep: @escaping @Sendable (Duration) -> Void
    ) {
        self.monotonicNow = monotonicNow
        self.wallClock = wallClock
        self.random = random
        self.readFile = readFile
        self.sleep = sleep
    }
}
