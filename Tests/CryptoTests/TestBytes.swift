import Crypto

/// Bytes from a hex literal in a test table; a typo in a table fails the test instead of crashing it.
func hexBytes(_ hex: String) -> [UInt8] {
    (try? Hex.decode(hex)) ?? [0xBA, 0xD0]
}

/// A deterministic, non-repeating-looking byte pattern for chunking tests.
func patternBytes(count: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ $0 >> 8 &+ 7) }
}
