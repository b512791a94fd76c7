/// Number ⇄ string conversions exactly as ECMAScript specifies them.
enum NumberFormatting {
    /// Number::toString(10): shortest round-trip digits laid out by the spec's rules.
    static func toString(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d == 0 { return "0" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d < 0 { return "-" + toString(-d) }
        if d < 1e21, d >= 1, d == d.rounded(), d < 9.007199254740992e15 { return String(Int64(d)) }
        let (digits, n) = shortestDigits(d)
        let k = digits.count
        if k <= n && n <= 21 {
            return digits + String(repeating: "0", count: n - k)
        }
        if 0 < n && n <= 21 {
            let idx = digits.index(digits.startIndex, offsetBy: n)
            return digits[..<idx] + "." + digits[idx...]
        }
        if -6 < n && n <= 0 {
            return "0." + String(repeating: "0", count: -n) + digits
        }
        let e = n - 1
        let expText = e < 0 ? "-\(-e)" : "+\(e)"
        if k == 1 { return digits + "e" + expText }
        return String(digits.first!) + "." + digits.dropFirst() + "e" + expText
    }

    /// Shortest decimal digits and exponent n such that d = 0.digits × 10^n.
    static func shortestDigits(_ d: Double) -> (String, Int) {
        let desc = "\(d)"  // Swift prints the shortest round-trip representation.
        var mantissa = desc
        var exp = 0
        if let eIdx = desc.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = String(desc[..<eIdx])
            exp = Int(desc[desc.index(after: eIdx)...]) ?? 0
        }
        var intPart = mantissa
        var fracPart = ""
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = String(mantissa[..<dot])
            fracPart = String(mantissa[mantissa.index(after: dot)...])
        }
        var digits = intPart + fracPart
        var n = intPart.count + exp
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            n -= 1
        }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        return (digits, n)
    }

    /// Number.prototype.toString(radix) for radix ≠ 10, following V8's algorithm.
    static func toString(_ value: Double, radix: Int) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == 0 { return "0" }
        let chars = Array("0123456789abcdefghijklmnopqrstuvwxyz")
        let negative = value < 0
        let v = abs(value)
        var integer = v.rounded(.down)
        var fraction = v - integer
        var delta = 0.5 * (v.nextUp - v)
        delta = max(Double(0).nextUp, delta)
        var fracDigits: [Character] = []
        if fraction >= delta {
            repeat {
                fraction *= Double(radix)
                delta *= Double(radix)
                let digit = Int(fraction)
                fracDigits.append(chars[digit])
                fraction -= Double(digit)
                if fraction > 0.5 || (fraction == 0.5 && (digit & 1) == 1) {
                    if fraction + delta > 1 {
                        // Round up, propagating carries.
                        var i = fracDigits.count - 1
                        while true {
                            if i < 0 {
                                integer += 1
                                break
                            }
                            let c = fracDigits[i]
                            let dv = chars.firstIndex(of: c)! + 1
                            if dv < radix {
                                fracDigits[i] = chars[dv]
                                break
                            }
                            fracDigits.removeLast()
                            i -= 1
                        }
                        break
                    }
                }
            } while fraction >= delta
        }
        var intDigits: [Character] = []
        // Digits below the double's precision are filled with zeros, as V8 does.
        while integer / Double(radix) >= 9007199254740992.0 {
            integer /= Double(radix)
            intDigits.append("0")
        }
        repeat {
            let r = integer.truncatingRemainder(dividingBy: Double(radix))
            intDigits.append(chars[Int(r)])
            integer = (integer - r) / Double(radix)
        } while integer > 0
        var out = negative ? "-" : ""
        out += String(intDigits.reversed())
        if !fracDigits.isEmpty { out += "." + String(fracDigits) }
        return out
    }

    /// The exact decimal expansion of a finite non-negative double: (integer digits, fraction digits).
    static func exactDecimal(_ d: Double) -> (String, String) {
        let bits = d.significandBitPattern
        let e = Int(d.exponentBitPattern)
        var mantissa: UInt64
        var exp2: Int
        if e == 0 {
            mantissa = bits
            exp2 = -1074
        } else {
            mantissa = bits | (1 << 52)
            exp2 = e - 1075
        }
        if mantissa == 0 { return ("0", "") }
        // Big number in base 1e9, little-endian.
        var limbs: [UInt64] = [mantissa % 1_000_000_000, mantissa / 1_000_000_000 % 1_000_000_000, mantissa / 1_000_000_000_000_000_000]
        func mul(_ m: UInt64) {
            var carry: UInt64 = 0
            for i in limbs.indices {
                let v = limbs[i] * m + carry
                limbs[i] = v % 1_000_000_000
                carry = v / 1_000_000_000
            }
            while carry > 0 {
                limbs.append(carry % 1_000_000_000)
                carry /= 1_000_000_000
            }
        }
        var fracDigits = 0
        if exp2 >= 0 {
            var k = exp2
            while k > 0 {
                let step = min(k, 29)
                mul(UInt64(1) << UInt64(step))
                k -= step
            }
        } else {
            var k = -exp2
            fracDigits = k
            while k > 0 {
                let step = min(k, 12)
                var p: UInt64 = 1
                for _ in 0..<step { p *= 5 }
                mul(p)
                k -= step
            }
        }
        while limbs.count > 1 && limbs.last == 0 { limbs.removeLast() }
        var text = String(limbs.last!)
        for limb in limbs.dropLast().reversed() {
            let s = String(limb)
            text += String(repeating: "0", count: 9 - s.count) + s
        }
        if fracDigits == 0 { return (text, "") }
        if text.count <= fracDigits { text = String(repeating: "0", count: fracDigits - text.count + 1) + text }
        let split = text.index(text.endIndex, offsetBy: -fracDigits)
        return (String(text[..<split]), String(text[split...]))
    }

    /// Rounds a digit string (no point) to `count` digits, half up; returns the digits and whether it carried.
    static func roundDigits(_ digits: [UInt8], count: Int) -> ([UInt8], Bool) {
        if count >= digits.count { return (digits + Array(repeating: 0, count: count - digits.count), false) }
        var out = Array(digits[0..<max(count, 0)])
        if count < 0 { return ([], false) }
        if digits[count] >= 5 {
            var i = out.count - 1
            while i >= 0 {
                if out[i] == 9 {
                    out[i] = 0
                    i -= 1
                } else {
                    out[i] += 1
                    return (out, false)
                }
            }
            return ([1] + out, true)
        }
        return (out, false)
    }

    static func toFixed(_ x: Double, _ f: Int) -> String {
        if x.isNaN { return "NaN" }
        if abs(x) >= 1e21 { return toString(x) }
        let negative = x < 0
        let (ip, fp) = exactDecimal(abs(x))
        let all = Array((ip + fp).utf8.map { $0 - 48 })
        let (rounded, _) = roundDigits(all, count: ip.count + f)
        var digits = rounded
        let intCount = digits.count - f
        var s = intCount > 0 ? String(digits[0..<intCount].map { Character(Unicode.Scalar($0 + 48)) }) : "0"
        s = s.drop(while: { $0 == "0" }).isEmpty ? "0" : String(s.drop(while: { $0 == "0" }))
        if f > 0 {
            digits = Array(digits[intCount...])
            s += "." + String(digits.map { Character(Unicode.Scalar($0 + 48)) })
        }
        let isZero = !s.contains(where: { $0 != "0" && $0 != "." })
        return (negative && !isZero ? "-" : (negative && x != 0 ? "-" : "")) + s
    }

    /// Significant digits of |x| rounded to `p` digits, and the decimal exponent of the first digit.
    static func significant(_ x: Double, _ p: Int) -> ([UInt8], Int) {
        let (ip, fp) = exactDecimal(x)
        var all = Array((ip + fp).utf8.map { $0 - 48 })
        var e = ip.count - 1
        while let first = all.first, first == 0, all.count > 1 {
            all.removeFirst()
            e -= 1
        }
        let (r, carried) = roundDigits(all, count: p)
        if carried { return (Array(r.prefix(p)), e + 1) }
        return (r, e)
    }

    static func digitText(_ d: [UInt8]) -> String { String(d.map { Character(Unicode.Scalar($0 + 48)) }) }

    static func toExponential(_ x: Double, _ f: Int?) -> String {
        if !x.isFinite { return toString(x) }
        let sign = x < 0 ? "-" : ""
        let v = abs(x)
        var digits: [UInt8]
        var e: Int
        if v == 0 {
            digits = Array(repeating: 0, count: (f ?? 0) + 1)
            e = 0
        } else if let f {
            (digits, e) = significant(v, f + 1)
        } else {
            let (s, n) = shortestDigits(v)
            digits = s.utf8.map { $0 - 48 }
            e = n - 1
        }
        var m = String(Character(Unicode.Scalar(digits[0] + 48)))
        if digits.count > 1 { m += "." + digitText(Array(digits[1...])) }
        return sign + m + "e" + (e < 0 ? "-" : "+") + String(abs(e))
    }

    static func toPrecision(_ x: Double, _ p: Int) -> String {
        if !x.isFinite { return toString(x) }
        let sign = x < 0 ? "-" : ""
        let v = abs(x)
        var digits: [UInt8]
        var e: Int
        if v == 0 {
            digits = Array(repeating: 0, count: p)
            e = 0
        } else {
            (digits, e) = significant(v, p)
        }
        if e < -6 || e >= p {
            var m = String(Character(Unicode.Scalar(digits[0] + 48)))
            if p > 1 { m += "." + digitText(Array(digits[1...])) }
            return sign + m + "e" + (e < 0 ? "-" : "+") + String(abs(e))
        }
        if e == p - 1 { return sign + digitText(digits) }
        if e >= 0 { return sign + digitText(Array(digits[0...e])) + "." + digitText(Array(digits[(e + 1)...])) }
        return sign + "0." + String(repeating: "0", count: -(e + 1)) + digitText(digits)
    }

    static func isJSWhitespace(_ c: UInt16) -> Bool {
        switch c {
        case 9, 10, 11, 12, 13, 32, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// StringToNumber.
    static func parse(_ s: JSString) -> Double {
        let u = s.units
        var start = 0, end = u.count
        while start < end && isJSWhitespace(u[start]) { start += 1 }
        while end > start && isJSWhitespace(u[end - 1]) { end -= 1 }
        if start == end { return 0 }
        let t = JSString.swiftString(u[start..<end])
        if t.count > 2, t.hasPrefix("0") {
            let p = t[t.index(after: t.startIndex)]
            let radix = p == "x" || p == "X" ? 16 : p == "o" || p == "O" ? 8 : p == "b" || p == "B" ? 2 : 0
            if radix > 0 {
                var v = 0.0
                for c in t.dropFirst(2) {
                    guard let d = c.hexDigitValue, d < radix else { return .nan }
                    v = v * Double(radix) + Double(d)
                }
                return v
            }
        }
        switch t {
        case "Infinity", "+Infinity": return .infinity
        case "-Infinity": return -.infinity
        default: break
        }
        guard isDecimalLiteral(t) else { return .nan }
        return Double(t) ?? .nan
    }

    /// [+-]? (digits (. digits?)? | . digits) ([eE][+-]? digits)?
    static func isDecimalLiteral(_ t: String) -> Bool {
        var chars = Array(t.utf8)
        if let f = chars.first, f == 43 || f == 45 { chars.removeFirst() }
        var i = 0
        var intDigits = 0, fracDigits = 0
        while i < chars.count && chars[i] >= 48 && chars[i] <= 57 { i += 1; intDigits += 1 }
        if i < chars.count && chars[i] == 46 {
            i += 1
            while i < chars.count && chars[i] >= 48 && chars[i] <= 57 { i += 1; fracDigits += 1 }
        }
        if intDigits + fracDigits == 0 { return false }
        if i < chars.count && (chars[i] == 101 || chars[i] == 69) {
            i += 1
            if i < chars.count && (chars[i] == 43 || chars[i] == 45) { i += 1 }
            var expDigits = 0
            while i < chars.count && chars[i] >= 48 && chars[i] <= 57 { i += 1; expDigits += 1 }
            if expDigits == 0 { return false }
        }
        return i == chars.count
    }
}
