/// Comparisons whose running time does not depend on where two secrets differ.
package enum ConstantTime {
    /// Whether `lhs` and `rhs` hold the same bytes. Only the lengths may leak through timing, never the contents.
    package static func isEqual(_ lhs: some Collection<UInt8>, _ rhs: some Collection<UInt8>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for (left, right) in zip(lhs, rhs) {
            difference |= left ^ right
        }
        return difference == 0
    }
}
