import Foundation

extension NSLocking {
    /// Runs `body` holding the lock. (`withLock` needs macOS 14; this works on every platform we build for.)
    func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock()
        defer { unlock() }
        return try body()
    }
}
