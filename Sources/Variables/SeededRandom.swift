import Foundation

/// A reproducible random sequence (SplitMix64): the same seed gives the same values on every platform.
///
/// `@unchecked Sendable` is sound because the only mutable state is guarded by `lock`.
package final class SeededRandom: RandomSource, @unchecked Sendable {
    private let lock = NSLock()
    private var state: UInt64

    package init(seed: UInt64) {
        state = seed
    }

    package func nextUInt64() -> UInt64 {
        lock.lock()
        defer { lock.unlock() }
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
