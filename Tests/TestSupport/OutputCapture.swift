import Foundation

/// Collects text written by the code under test, safely from any thread.
package final class OutputCapture: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = ""

    package init() {}

    package func write(_ text: String) {
        lock.lock()
        buffer += text
        lock.unlock()
    }

    package var text: String {
        lock.lock()
        defer { lock.unlock() }
        return buffer
    }
}
