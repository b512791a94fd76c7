/// A source of uniformly distributed 64-bit values, injected wherever Postie needs randomness.
///
/// Implementations are reference types so that one source can be shared by the resolver, the sandbox and the
/// runner: every consumer advances the same sequence, which is what makes `--seed N` reproduce a whole run.
package protocol RandomSource: AnyObject, Sendable {
    /// The next value of the sequence, uniformly distributed over all of `UInt64`.
    func nextUInt64() -> UInt64
}

extension RandomSource {
    /// A value in `0..<1` with 53 random bits, like JavaScript's `Math.random()`.
    package func nextDouble() -> Double {
        Double(nextUInt64() >> 11) * 0x1.0p-53
    }

    /// A uniformly chosen integer in `range` (both ends inclusive).
    package func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(bitPattern: Int64(range.upperBound) &- Int64(range.lowerBound))
        if span == UInt64.max { return Int(truncatingIfNeeded: nextUInt64()) }
        let bound = span + 1
        // Rejection sampling removes the modulo bias.
        let limit = UInt64.max - (UInt64.max % bound)
        var value = nextUInt64()
        while value >= limit { value = nextUInt64() }
        return range.lowerBound &+ Int(truncatingIfNeeded: value % bound)
    }

    /// `true` or `false` with equal probability.
    package func bool() -> Bool {
        nextUInt64() & 1 == 1
    }

    /// One element of `items`, or `fallback` when `items` is empty.
    package func pick<Element>(_ items: [Element], orElse fallback: Element) -> Element {
        guard !items.isEmpty else { return fallback }
        return items[int(in: 0...(items.count - 1))]
    }

    /// One element of a list of strings; an empty list gives `""`.
    package func pick(_ items: [String]) -> String {
        pick(items, orElse: "")
    }
}
