import Foundation

/// A clock that always reports the same instant.
package struct FixedClock: WallClock {
    package var now: Date

    package init(_ now: Date) {
        self.now = now
    }

    /// A clock fixed at `secondsSince1970` (fractions keep their milliseconds).
    package init(secondsSince1970: Double) {
        self.now = Date(timeIntervalSince1970: secondsSince1970)
    }
}
