#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Realm {
    func setUpMath() {
        let math = newObject()
        global.set("Math", .object(math))
        math.defineOwn(.symbol(JSSymbol.toStringTag), Property(value: .string(JSString("Math")), flags: .configurable))
        for (name, value) in [("E", M_E), ("LN10", M_LN10), ("LN2", M_LN2), ("LOG10E", M_LOG10E), ("LOG2E", M_LOG2E),
                              ("PI", Double.pi), ("SQRT1_2", 0.5.squareRoot()), ("SQRT2", 2.0.squareRoot())] {
            math.set(name, .number(value), flags: [])
        }
        let unary: [(String, (Double) -> Double)] = [
            ("abs", { abs($0) }), ("acos", acos), ("acosh", acosh), ("asin", asin), ("asinh", asinh), ("atan", atan),
            ("atanh", atanh), ("cbrt", { x in
                if !x.isFinite || x == 0 { return x }
                var r = pow(abs(x), 1.0 / 3.0)
                r = r - (r * r * r - abs(x)) / (3 * r * r)
                return x < 0 ? -r : r
            }), ("ceil", { $0.rounded(.up) }), ("cos", cos), ("cosh", cosh), ("exp", exp),
            ("expm1", expm1), ("floor", { $0.rounded(.down) }), ("fround", { Double(Float($0)) }), ("log", log),
            ("log1p", log1p), ("log10", log10), ("log2", log2), ("sign", { $0.isNaN ? .nan : ($0 > 0 ? 1 : ($0 < 0 ? -1 : $0)) }),
            ("sin", sin), ("sinh", sinh), ("sqrt", { $0.squareRoot() }), ("tan", tan), ("tanh", tanh),
            ("trunc", { $0.rounded(.towardZero) }),
            ("round", { x in
                if !x.isFinite || x == 0 { return x }
                if x > 0 && x < 0.5 { return 0 }
                if x < 0 && x >= -0.5 { return -0.0 }
                let f = x.rounded(.down)
                return x - f >= 0.5 ? f + 1 : f
            }),
        ]
        for (name, f) in unary {
            defineMethod(math, name, length: 1) { c throws(JSThrow) in .number(f(try c.realm.toNumber(c[0]))) }
        }
        defineMethod(math, "clz32", length: 1) { c throws(JSThrow) in .number(Double(try c.realm.toUint32(c[0]).leadingZeroBitCount)) }
        defineMethod(math, "atan2", length: 2) { c throws(JSThrow) in .number(atan2(try c.realm.toNumber(c[0]), try c.realm.toNumber(c[1]))) }
        defineMethod(math, "pow", length: 2) { c throws(JSThrow) in .number(Realm.power(try c.realm.toNumber(c[0]), try c.realm.toNumber(c[1]))) }
        defineMethod(math, "imul", length: 2) { c throws(JSThrow) in
            .number(Double(try c.realm.toInt32(c[0]) &* c.realm.toInt32(c[1])))
        }
        defineMethod(math, "max", length: 2) { c throws(JSThrow) in
            var r = -Double.infinity
            var nan = false
            for a in c.arguments {
                let d = try c.realm.toNumber(a)
                if d.isNaN { nan = true }
                if d > r || (d == 0 && r == 0 && r.sign == .minus) { r = d }
            }
            return .number(nan ? .nan : r)
        }
        defineMethod(math, "min", length: 2) { c throws(JSThrow) in
            var r = Double.infinity
            var nan = false
            for a in c.arguments {
                let d = try c.realm.toNumber(a)
                if d.isNaN { nan = true }
                if d < r || (d == 0 && r == 0 && d.sign == .minus) { r = d }
            }
            return .number(nan ? .nan : r)
        }
        defineMethod(math, "hypot", length: 2) { c throws(JSThrow) in
            var sum = 0.0
            var inf = false, nan = false
            for a in c.arguments {
                let d = try c.realm.toNumber(a)
                if d.isInfinite { inf = true }
                if d.isNaN { nan = true }
                sum += d * d
            }
            if inf { return .number(.infinity) }
            if nan { return .number(.nan) }
            return .number(sum.squareRoot())
        }
        defineMethod(math, "random", length: 0) { c throws(JSThrow) in .number(c.realm.random()) }
    }

    func random() -> Double {
        if let randomSource { return randomSource() }
        return Double.random(in: 0..<1)
    }
}
