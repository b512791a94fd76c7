import Foundation

/// The current date and time, injected so that time-dependent values can be fixed in tests.
package protocol WallClock: Sendable {
    var now: Date { get }
}
