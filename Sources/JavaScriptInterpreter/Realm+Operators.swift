import JavaScriptParser

extension Realm {
    static let maxStringLength = 536_870_888

    /// Rejects strings longer than V8 allows, and strings that alone exceed the memory limit; charges building
    /// one as work.
    func checkStringLength(_ length: Int) throws(JSThrow) {
        try rejectOversizedString(length)
        try chargeAllocation(length)
    }

    /// The length checks of `checkStringLength` alone, for a string still being built.
    func rejectOversizedString(_ length: Int) throws(JSThrow) {
        if length > 4096, let mb = limits.maxMemoryMegabytes, length * 2 > mb * 1_048_576 { throw .limit(.memory(megabytes: mb)) }
        if length > Realm.maxStringLength { throw rangeError("Invalid string length") }
    }

    func concat(_ a: JSString, _ b: JSString) throws(JSThrow) -> JSValue {
        let length = a.length + b.length
        if length > 4096, let mb = limits.maxMemoryMegabytes, length * 2 > mb * 1_048_576 { throw .limit(.memory(megabytes: mb)) }
        if length > Realm.maxStringLength { throw rangeError("Invalid string length") }
        // Only the appended part is new memory: concatenation shares the left side.
        try chargeAllocation(b.length)
        return .string(JSString.concat(a, b))
    }

    func add(_ a: JSValue, _ b: JSValue) throws(JSThrow) -> JSValue {
        if case .number(let x) = a, case .number(let y) = b { return .number(x + y) }
        if case .string(let x) = a, case .string(let y) = b { return try concat(x, y) }
        let pa = try toPrimitive(a), pb = try toPrimitive(b)
        switch (pa, pb) {
        case (.string(let x), _): return try concat(x, try toString(pb))
        case (_, .string(let y)): return try concat(try toString(pa), y)
        default: return .number(try toNumber(pa) + toNumber(pb))
        }
    }

    /// Abstract relational comparison `a < b`; nil when either side is NaN.
    func lessThan(_ a: JSValue, _ b: JSValue, leftFirst: Bool = true) throws(JSThrow) -> Bool? {
        if case .number(let x) = a, case .number(let y) = b {
            if x.isNaN || y.isNaN { return nil }
            return x < y
        }
        let pa: JSValue, pb: JSValue
        if leftFirst {
            pa = try toPrimitive(a, hint: "number")
            pb = try toPrimitive(b, hint: "number")
        } else {
            pb = try toPrimitive(b, hint: "number")
            pa = try toPrimitive(a, hint: "number")
        }
        if case .string(let x) = pa, case .string(let y) = pb { return x.less(than: y) }
        let x = try toNumber(pa), y = try toNumber(pb)
        if x.isNaN || y.isNaN { return nil }
        return x < y
    }

    func binary(_ op: String, _ a: JSValue, _ b: JSValue) throws(JSThrow) -> JSValue {
        switch op {
        case "+": return try add(a, b)
        case "-": return .number(try toNumber(a) - toNumber(b))
        case "*": return .number(try toNumber(a) * toNumber(b))
        case "/": return .number(try toNumber(a) / toNumber(b))
        case "%": return .number(Realm.remainder(try toNumber(a), try toNumber(b)))
        case "**": return .number(Realm.power(try toNumber(a), try toNumber(b)))
        case "==": return .bool(try looseEquals(a, b))
        case "!=": return .bool(!(try looseEquals(a, b)))
        case "===": return .bool(Realm.strictEquals(a, b))
        case "!==": return .bool(!Realm.strictEquals(a, b))
        case "<": return .bool(try lessThan(a, b) ?? false)
        case ">": return .bool(try lessThan(b, a, leftFirst: false) ?? false)
        case "<=":
            let r = try lessThan(b, a, leftFirst: false)
            return .bool(r == false)
        case ">=":
            let r = try lessThan(a, b)
            return .bool(r == false)
        case "&": return .number(Double(try toInt32(a) & toInt32(b)))
        case "|": return .number(Double(try toInt32(a) | toInt32(b)))
        case "^": return .number(Double(try toInt32(a) ^ toInt32(b)))
        case "<<": return .number(Double(try toInt32(a) << (toUint32(b) & 31)))
        case ">>": return .number(Double(try toInt32(a) >> (toUint32(b) & 31)))
        case ">>>": return .number(Double(try toUint32(a) >> (toUint32(b) & 31)))
        case "instanceof": return .bool(try instanceOf(a, b))
        case "in":
            guard case .object(let o) = b else {
                throw typeError("Cannot use 'in' operator to search for '\(displayString(a))' in \(displayString(b))")
            }
            return .bool(hasProperty(o, try toPropertyKey(a)))
        default: throw syntaxError("Unknown operator \(op)")
        }
    }

    static func remainder(_ x: Double, _ y: Double) -> Double {
        x.truncatingRemainder(dividingBy: y)
    }

    static func power(_ x: Double, _ y: Double) -> Double {
        if y.isNaN { return .nan }
        if y == 0 { return 1 }
        if (x == 1 || x == -1) && y.isInfinite { return .nan }
        return pow(x, y)
    }

    /// Keys a `for…in` loop visits: enumerable string keys along the prototype chain, each once.
    func forInKeys(_ o: JSObject) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        var cur: JSObject? = o
        while let c = cur {
            for k in c.ownKeys() {
                guard case .string(let s) = k else { continue }
                if seen.contains(s) { continue }
                seen.insert(s)
                if let p = c.getOwn(k), p.flags.contains(.enumerable) { out.append(s) }
            }
            cur = c.proto
        }
        return out
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
