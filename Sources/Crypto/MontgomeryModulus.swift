/// An odd modulus prepared for Montgomery multiplication (Montgomery 1985; the CIOS loop of Koç, Acar and
/// Kaliski 1996), with a fixed-window modular exponentiation on top.
///
/// With `R = 2^(64·k)` for a k-limb modulus n, a value x is held as `x·R mod n`; `multiply` returns
/// `a·b·R⁻¹ mod n` without dividing by n. Every window multiplies (by R when the window is zero) and reads the
/// whole table, so the sequence of operations does not depend on the exponent's bits.
package struct MontgomeryModulus: Sendable {
    package let modulus: BigUInt
    private let n: [UInt64]
    /// `-n⁻¹ mod 2^64`.
    private let inverse: UInt64
    /// `R² mod n`, to bring values into Montgomery form with one multiplication.
    private let rSquared: [UInt64]
    /// `R mod n`, the Montgomery form of 1.
    private let one: [UInt64]

    /// Nil when `modulus` is even or below 3.
    package init?(_ modulus: BigUInt) {
        guard modulus.isOdd, modulus > BigUInt(1) else { return nil }
        self.modulus = modulus
        n = modulus.limbs
        // Newton's iteration doubles the number of correct low bits each step: 1 → 64 in six steps.
        var x: UInt64 = 1
        for _ in 0..<6 { x = x &* (2 &- n[0] &* x) }
        inverse = 0 &- x
        let k = n.count
        rSquared = Self.padded((BigUInt(1) << (128 * k)) % modulus, to: k)
        one = Self.padded((BigUInt(1) << (64 * k)) % modulus, to: k)
    }

    private static func padded(_ value: BigUInt, to count: Int) -> [UInt64] {
        value.limbs + [UInt64](repeating: 0, count: count - value.limbs.count)
    }

    /// `base^exponent mod n`.
    package func power(_ base: BigUInt, _ exponent: BigUInt) -> BigUInt {
        let k = n.count
        let reduced = base < modulus ? base : base % modulus
        let baseForm = multiply(Self.padded(reduced, to: k), rSquared)
        let windowBits = 4
        var table = [[UInt64]](repeating: one, count: 1 << windowBits)
        table[1] = baseForm
        for index in 2..<table.count { table[index] = multiply(table[index - 1], baseForm) }

        var result = one
        let windows = (exponent.bitWidth + windowBits - 1) / windowBits
        for window in stride(from: windows - 1, through: 0, by: -1) {
            for _ in 0..<windowBits { result = multiply(result, result) }
            var digit = 0
            for bit in 0..<windowBits where exponent.bit(window * windowBits + bit) { digit |= 1 << bit }
            result = multiply(result, Self.select(digit, from: table))
        }
        return BigUInt(limbs: multiply(result, [1] + [UInt64](repeating: 0, count: k - 1)))
    }

    /// `table[index]`, read by touching every entry so the memory access pattern doesn't reveal `index`.
    private static func select(_ index: Int, from table: [[UInt64]]) -> [UInt64] {
        var chosen = [UInt64](repeating: 0, count: table[0].count)
        for (position, entry) in table.enumerated() {
            let mask = UInt64(bitPattern: -Int64(position == index ? 1 : 0))
            for limb in 0..<chosen.count { chosen[limb] |= entry[limb] & mask }
        }
        return chosen
    }

    /// `a·b·R⁻¹ mod n` for k-limb `a` and `b` below n.
    package func multiply(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        let k = n.count
        var t = [UInt64](repeating: 0, count: k + 2)
        t.withUnsafeMutableBufferPointer { t in
            a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b in
                    n.withUnsafeBufferPointer { n in
                        for i in 0..<k {
                            var carry: UInt64 = 0
                            let bi = b[i]
                            for j in 0..<k {
                                let (high, low) = a[j].multipliedFullWidth(by: bi)
                                let (sum1, overflow1) = low.addingReportingOverflow(t[j])
                                let (sum2, overflow2) = sum1.addingReportingOverflow(carry)
                                t[j] = sum2
                                carry = high &+ overflow1.bit &+ overflow2.bit
                            }
                            let (top, topOverflow) = t[k].addingReportingOverflow(carry)
                            t[k] = top
                            t[k + 1] = topOverflow.bit

                            let m = t[0] &* inverse
                            let (high0, low0) = m.multipliedFullWidth(by: n[0])
                            let (_, overflow0) = low0.addingReportingOverflow(t[0])
                            carry = high0 &+ overflow0.bit
                            for j in 1..<k {
                                let (high, low) = m.multipliedFullWidth(by: n[j])
                                let (sum1, overflow1) = low.addingReportingOverflow(t[j])
                                let (sum2, overflow2) = sum1.addingReportingOverflow(carry)
                                t[j - 1] = sum2
                                carry = high &+ overflow1.bit &+ overflow2.bit
                            }
                            let (last, lastOverflow) = t[k].addingReportingOverflow(carry)
                            t[k - 1] = last
                            t[k] = t[k + 1] &+ lastOverflow.bit
                        }
                    }
                }
            }
        }
        // t < 2n here; subtract n once if t ≥ n, choosing the result with a mask rather than a branch.
        var difference = [UInt64](repeating: 0, count: k)
        var borrow: UInt64 = 0
        for j in 0..<k {
            let (d1, b1) = t[j].subtractingReportingOverflow(n[j])
            let (d2, b2) = d1.subtractingReportingOverflow(borrow)
            difference[j] = d2
            borrow = b1.bit | b2.bit
        }
        // t ≥ n exactly when the subtraction did not borrow past t's top limb.
        let keepDifference = UInt64(bitPattern: -Int64(t[k] >= borrow ? 1 : 0))
        for j in 0..<k { difference[j] = (difference[j] & keepDifference) | (t[j] & ~keepDifference) }
        return difference
    }
}

extension Bool {
    /// 1 or 0 without a branch: carries are random, so a conditional here costs a mispredicted jump per limb.
    @inline(__always) fileprivate var bit: UInt64 { UInt64(unsafeBitCast(self, to: UInt8.self)) }
}
