import Foundation

/// The real clock of the machine.
package struct SystemClock: WallClock {
    package init() {}

    package var now: Date { Date() }
}
