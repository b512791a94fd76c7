/// An arbitrary-precision unsigned integer, sized for RSA (2048–4096-bit moduli and their products).
///
/// Limbs are 64-bit and little-endian, with no high zero limbs, so equal values have equal `limbs` and zero is an
/// empty array. Arithmetic is schoolbook (multiplication) and Knuth's Algorithm D (division); modular
/// exponentiation with an odd modulus goes through `MontgomeryModulus`.
package struct BigUInt: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Little-endian 64-bit limbs without high zero limbs.
    package private(set) var limbs: [UInt64]

    package init(_ value: UInt64 = 0) {
        limbs = value == 0 ? [] : [value]
    }

    /// A value from little-endian limbs, which may carry high zero limbs.
    package init(limbs: [UInt64]) {
        self.limbs = limbs
        normalize()
    }

    /// The value of a big-endian byte string (RFC 8017's OS2IP); leading zero bytes are allowed.
    package init(bigEndianBytes bytes: some Collection<UInt8>) {
        var limbs = [UInt64](repeating: 0, count: (bytes.count + 7) / 8)
        for (index, byte) in bytes.reversed().enumerated() {
            limbs[index / 8] |= UInt64(byte) << (UInt64(index % 8) * 8)
        }
        self.init(limbs: limbs)
    }

    /// The value of a hexadecimal string (no prefix; whitespace ignored), or nil if a character is not a hex digit.
    package init?(hex: String) {
        var nibbles: [UInt8] = []
        for scalar in hex.unicodeScalars where !scalar.properties.isWhitespace {
            guard let nibble = UInt8(String(scalar), radix: 16) else { return nil }
            nibbles.append(nibble)
        }
        if nibbles.count % 2 == 1 { nibbles.insert(0, at: 0) }
        self.init(bigEndianBytes: stride(from: 0, to: nibbles.count, by: 2).map { nibbles[$0] << 4 | nibbles[$0 + 1] })
    }

    /// The value as exactly `count` big-endian bytes (RFC 8017's I2OSP), or nil if it needs more.
    package func bigEndianBytes(count: Int) -> [UInt8]? {
        guard count >= 0, (bitWidth + 7) / 8 <= count else { return nil }
        var bytes = [UInt8](repeating: 0, count: count)
        for index in 0..<min(count, limbs.count * 8) {
            bytes[count - 1 - index] = UInt8(truncatingIfNeeded: limbs[index / 8] >> (UInt64(index % 8) * 8))
        }
        return bytes
    }

    /// The value in the fewest big-endian bytes (one zero byte for zero).
    package var bigEndianBytes: [UInt8] {
        bigEndianBytes(count: max(1, (bitWidth + 7) / 8)) ?? []
    }

    /// Lowercase hexadecimal without leading zeros ("0" for zero).
    package var hexString: String {
        guard let top = limbs.last else { return "0" }
        var text = String(top, radix: 16)
        for limb in limbs.dropLast().reversed() {
            let digits = String(limb, radix: 16)
            text += String(repeating: "0", count: 16 - digits.count) + digits
        }
        return text
    }

    package var description: String { "0x" + hexString }

    package var isZero: Bool { limbs.isEmpty }
    package var isOdd: Bool { (limbs.first ?? 0) & 1 == 1 }

    /// The number of significant bits (0 for zero).
    package var bitWidth: Int {
        guard let top = limbs.last else { return 0 }
        return limbs.count * 64 - top.leadingZeroBitCount
    }

    /// Bit `index`, counting from the least significant.
    package func bit(_ index: Int) -> Bool {
        let limb = index / 64
        guard index >= 0, limb < limbs.count else { return false }
        return (limbs[limb] >> UInt64(index % 64)) & 1 == 1
    }

    private mutating func normalize() {
        while limbs.last == 0 { limbs.removeLast() }
    }

    // MARK: Comparison

    package static func < (lhs: BigUInt, rhs: BigUInt) -> Bool {
        compare(lhs.limbs, rhs.limbs) < 0
    }

    /// -1, 0 or 1 as normalized limb arrays `lhs` and `rhs` compare.
    static func compare(_ lhs: [UInt64], _ rhs: [UInt64]) -> Int {
        if lhs.count != rhs.count { return lhs.count < rhs.count ? -1 : 1 }
        for index in stride(from: lhs.count - 1, through: 0, by: -1) where lhs[index] != rhs[index] {
            return lhs[index] < rhs[index] ? -1 : 1
        }
        return 0
    }

    // MARK: Arithmetic

    package static func + (lhs: BigUInt, rhs: BigUInt) -> BigUInt {
        let (long, short) = lhs.limbs.count >= rhs.limbs.count ? (lhs.limbs, rhs.limbs) : (rhs.limbs, lhs.limbs)
        var result = long
        var carry: UInt64 = 0
        for index in 0..<long.count {
            let (sum, overflow1) = result[index].addingReportingOverflow(index < short.count ? short[index] : 0)
            let (total, overflow2) = sum.addingReportingOverflow(carry)
            result[index] = total
            carry = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
            if carry == 0 && index >= short.count { break }
        }
        if carry != 0 { result.append(carry) }
        return BigUInt(limbs: result)
    }

    /// `lhs - rhs`; the caller guarantees `lhs >= rhs` (a violation is a programming error, not an input error).
    package static func - (lhs: BigUInt, rhs: BigUInt) -> BigUInt {
        precondition(lhs >= rhs, "BigUInt subtraction would be negative")
        var result = lhs.limbs
        var borrow: UInt64 = 0
        for index in 0..<result.count {
            let (difference, borrow1) = result[index].subtractingReportingOverflow(index < rhs.limbs.count ? rhs.limbs[index] : 0)
            let (total, borrow2) = difference.subtractingReportingOverflow(borrow)
            result[index] = total
            borrow = (borrow1 || borrow2) ? 1 : 0
            if borrow == 0 && index >= rhs.limbs.count { break }
        }
        return BigUInt(limbs: result)
    }

    package static func * (lhs: BigUInt, rhs: BigUInt) -> BigUInt {
        guard !lhs.isZero, !rhs.isZero else { return BigUInt() }
        var result = [UInt64](repeating: 0, count: lhs.limbs.count + rhs.limbs.count)
        for (i, left) in lhs.limbs.enumerated() {
            var carry: UInt64 = 0
            for (j, right) in rhs.limbs.enumerated() {
                let (high, low) = left.multipliedFullWidth(by: right)
                let (sum1, overflow1) = low.addingReportingOverflow(result[i + j])
                let (sum2, overflow2) = sum1.addingReportingOverflow(carry)
                result[i + j] = sum2
                carry = high &+ (overflow1 ? 1 : 0) &+ (overflow2 ? 1 : 0)
            }
            result[i + rhs.limbs.count] = carry
        }
        return BigUInt(limbs: result)
    }

    package static func % (lhs: BigUInt, rhs: BigUInt) -> BigUInt {
        lhs.quotientAndRemainder(dividingBy: rhs).remainder
    }

    package static func / (lhs: BigUInt, rhs: BigUInt) -> BigUInt {
        lhs.quotientAndRemainder(dividingBy: rhs).quotient
    }

    package static func << (lhs: BigUInt, bits: Int) -> BigUInt {
        guard !lhs.isZero, bits > 0 else { return lhs }
        let limbShift = bits / 64
        let bitShift = UInt64(bits % 64)
        var result = [UInt64](repeating: 0, count: lhs.limbs.count + limbShift + 1)
        for (index, limb) in lhs.limbs.enumerated() {
            result[index + limbShift] |= limb << bitShift
            if bitShift != 0 { result[index + limbShift + 1] = limb >> (64 - bitShift) }
        }
        return BigUInt(limbs: result)
    }

    package static func >> (lhs: BigUInt, bits: Int) -> BigUInt {
        guard bits > 0 else { return lhs }
        let limbShift = bits / 64
        guard limbShift < lhs.limbs.count else { return BigUInt() }
        let bitShift = UInt64(bits % 64)
        var result = [UInt64](repeating: 0, count: lhs.limbs.count - limbShift)
        for index in 0..<result.count {
            let source = index + limbShift
            result[index] = lhs.limbs[source] >> bitShift
            if bitShift != 0, source + 1 < lhs.limbs.count {
                result[index] |= lhs.limbs[source + 1] << (64 - bitShift)
            }
        }
        return BigUInt(limbs: result)
    }

    /// Quotient and remainder by Knuth's Algorithm D (TAOCP vol. 2, §4.3.1) on 64-bit digits. `divisor` must not be
    /// zero (a programming error: every divisor here is a validated key component).
    package func quotientAndRemainder(dividingBy divisor: BigUInt) -> (quotient: BigUInt, remainder: BigUInt) {
        precondition(!divisor.isZero, "BigUInt division by zero")
        if self < divisor { return (BigUInt(), self) }
        if divisor.limbs.count == 1 {
            let digit = divisor.limbs[0]
            var quotient = [UInt64](repeating: 0, count: limbs.count)
            var remainder: UInt64 = 0
            for index in stride(from: limbs.count - 1, through: 0, by: -1) {
                (quotient[index], remainder) = digit.dividingFullWidth((remainder, limbs[index]))
            }
            return (BigUInt(limbs: quotient), BigUInt(remainder))
        }
        // Normalize so the divisor's top digit has its high bit set; then each estimated quotient digit is at most
        // two too large, and the correction loop below fixes all but one of those cases.
        let shift = divisor.limbs[divisor.limbs.count - 1].leadingZeroBitCount
        let v = (divisor << shift).limbs
        var u = (self << shift).limbs
        u.append(contentsOf: repeatElement(0, count: limbs.count + 1 - u.count))
        let n = v.count
        let m = u.count - n - 1
        let vTop = v[n - 1]
        let vNext = v[n - 2]
        var quotient = [UInt64](repeating: 0, count: m + 1)
        for j in stride(from: m, through: 0, by: -1) {
            var estimate: UInt64
            var rest: UInt64
            var restOverflowed = false
            if u[j + n] >= vTop {
                estimate = .max
                (rest, restOverflowed) = u[j + n - 1].addingReportingOverflow(vTop)
            } else {
                (estimate, rest) = vTop.dividingFullWidth((u[j + n], u[j + n - 1]))
            }
            while !restOverflowed {
                let (high, low) = estimate.multipliedFullWidth(by: vNext)
                guard high > rest || (high == rest && low > u[j + n - 2]) else { break }
                estimate -= 1
                (rest, restOverflowed) = rest.addingReportingOverflow(vTop)
            }
            var carry: UInt64 = 0
            var borrow: UInt64 = 0
            for i in 0..<n {
                let (high, low) = estimate.multipliedFullWidth(by: v[i])
                let (product, overflow) = low.addingReportingOverflow(carry)
                carry = high &+ (overflow ? 1 : 0)
                let (difference1, borrow1) = u[i + j].subtractingReportingOverflow(product)
                let (difference2, borrow2) = difference1.subtractingReportingOverflow(borrow)
                u[i + j] = difference2
                borrow = (borrow1 || borrow2) ? 1 : 0
            }
            let (top1, borrow1) = u[j + n].subtractingReportingOverflow(carry)
            let (top2, borrow2) = top1.subtractingReportingOverflow(borrow)
            u[j + n] = top2
            if borrow1 || borrow2 {
                estimate -= 1
                var addCarry: UInt64 = 0
                for i in 0..<n {
                    let (sum1, overflow1) = u[i + j].addingReportingOverflow(v[i])
                    let (sum2, overflow2) = sum1.addingReportingOverflow(addCarry)
                    u[i + j] = sum2
                    addCarry = (overflow1 || overflow2) ? 1 : 0
                }
                u[j + n] &+= addCarry
            }
            quotient[j] = estimate
        }
        let remainder = BigUInt(limbs: Array(u[0..<n])) >> shift
        return (BigUInt(limbs: quotient), remainder)
    }

    /// `self` to the power `exponent`, modulo `modulus` (which must not be zero). Odd moduli, every RSA modulus
    /// and prime, use Montgomery multiplication; even ones fall back to square-and-multiply with division.
    package func power(_ exponent: BigUInt, modulus: BigUInt) -> BigUInt {
        if modulus.isOdd, let montgomery = MontgomeryModulus(modulus) {
            return montgomery.power(self, exponent)
        }
        precondition(!modulus.isZero, "BigUInt power with a zero modulus")
        var result = BigUInt(1) % modulus
        var base = self % modulus
        for index in 0..<exponent.bitWidth {
            if exponent.bit(index) { result = (result * base) % modulus }
            base = (base * base) % modulus
        }
        return result
    }
}
