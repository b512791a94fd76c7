/// Unpredictable randomness from the operating system's generator; the default when no `--seed` is given.
package final class SystemRandom: RandomSource {
    package init() {}

    package func nextUInt64() -> UInt64 {
        var generator = SystemRandomNumberGenerator()
        return generator.next()
    }
}
