extension Realm {
    package func toNumber(_ v: JSValue) throws(JSThrow) -> Double {
        switch v {
        case .number(let d): return d
        case .undefined: return .nan
        case .null: return 0
        case .bool(let b): return b ? 1 : 0
        case .string(let s): return NumberFormatting.parse(s)
        case .symbol: throw typeError("Cannot convert a Symbol value to a number")
        case .object: return try toNumber(toPrimitive(v, hint: "number"))
        }
    }

    package func toString(_ v: JSValue) throws(JSThrow) -> JSString {
        switch v {
        case .string(let s): return s
        case .number(let d): return JSString(NumberFormatting.toString(d))
        case .undefined: return JSString("undefined")
        case .null: return JSString("null")
        case .bool(let b): return JSString(b ? "true" : "false")
        case .symbol: throw typeError("Cannot convert a Symbol value to a string")
        case .object: return try toString(toPrimitive(v, hint: "string"))
        }
    }

    /// ToString for messages and the console: never throws (symbols print as `Symbol(x)`).
    func displayString(_ v: JSValue) -> String {
        if case .symbol(let s) = v { return "Symbol(\(s.description ?? ""))" }
        return (try? toString(v).string) ?? "[object]"
    }

    func toPrimitive(_ v: JSValue, hint: String = "default") throws(JSThrow) -> JSValue {
        guard case .object(let o) = v else { return v }
        let exotic = try get(o, .symbol(JSSymbol.toPrimitive), receiver: v)
        if !exotic.isNullish {
            let r = try call(exotic, this: v, [.string(JSString(hint))])
            if case .object = r { throw typeError("Cannot convert object to primitive value") }
            return r
        }
        let order = hint == "string" ? ["toString", "valueOf"] : ["valueOf", "toString"]
        for name in order {
            let m = try get(o, .string(name), receiver: v)
            if case .object(let f) = m, f.isCallable {
                let r = try call(m, this: v, [])
                if case .object = r { continue }
                return r
            }
        }
        throw typeError("Cannot convert object to primitive value")
    }

    func toPropertyKey(_ v: JSValue) throws(JSThrow) -> PropertyKey {
        switch v {
        case .string(let s): return .string(s.string)
        case .symbol(let s): return .symbol(s)
        case .number(let d):
            if d >= 0, d < 1e15, let i = Int(exactly: d) { return .string(String(i)) }
            return .string(NumberFormatting.toString(d))
        default:
            let p = try toPrimitive(v, hint: "string")
            if case .symbol(let s) = p { return .symbol(s) }
            return .string(try toString(p).string)
        }
    }

    package func toObject(_ v: JSValue) throws(JSThrow) -> JSObject {
        switch v {
        case .object(let o): return o
        case .undefined, .null: throw typeError("Cannot convert undefined or null to object")
        case .bool(let b): return newObject(proto: booleanPrototype, kind: .boolean(b))
        case .number(let d): return newObject(proto: numberPrototype, kind: .number(d))
        case .string(let s): return newObject(proto: stringPrototype, kind: .string(s))
        case .symbol(let s): return newObject(proto: symbolPrototype, kind: .symbol(s))
        }
    }

    func toIntegerOrInfinity(_ v: JSValue) throws(JSThrow) -> Double {
        let d = try toNumber(v)
        if d.isNaN { return 0 }
        if d.isInfinite { return d }
        return d < 0 ? -(-d).rounded(.down) : d.rounded(.down)
    }

    func toInt32(_ v: JSValue) throws(JSThrow) -> Int32 {
        if case .number(let d) = v, let i = Int32(exactly: d) { return i }
        return Realm.int32(try toNumber(v))
    }

    static func int32(_ d: Double) -> Int32 {
        if !d.isFinite { return 0 }
        let t = d < 0 ? -(-d).rounded(.down) : d.rounded(.down)
        let m = t.truncatingRemainder(dividingBy: 4_294_967_296)
        let u = m < 0 ? m + 4_294_967_296 : m
        return Int32(truncatingIfNeeded: UInt32(u))
    }

    func toUint32(_ v: JSValue) throws(JSThrow) -> UInt32 {
        UInt32(bitPattern: Realm.int32(try toNumber(v)))
    }

    func toLength(_ v: JSValue) throws(JSThrow) -> Int {
        let d = try toIntegerOrInfinity(v)
        if d <= 0 { return 0 }
        return d >= 9_007_199_254_740_991 ? 9_007_199_254_740_991 : Int(d)
    }

    /// Relative index helper for slice-like methods.
    func relativeIndex(_ v: JSValue, length: Int, default def: Int) throws(JSThrow) -> Int {
        if v.isUndefined { return def }
        let d = try toIntegerOrInfinity(v)
        if d < 0 { return max(0, length + (d == -.infinity ? -length : Int(max(d, -Double(length) - 1)))) }
        return min(Int(min(d, Double(length))), length)
    }

    // MARK: Equality

    static func strictEquals(_ a: JSValue, _ b: JSValue) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return x.equals(y)
        case (.undefined, .undefined), (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.object(let x), .object(let y)): return x === y
        case (.symbol(let x), .symbol(let y)): return x === y
        default: return false
        }
    }

    func looseEquals(_ a: JSValue, _ b: JSValue) throws(JSThrow) -> Bool {
        switch (a, b) {
        case (.undefined, .undefined), (.null, .null), (.undefined, .null), (.null, .undefined): return true
        case (.undefined, _), (.null, _), (_, .undefined), (_, .null): return false
        case (.number, .string): return Realm.strictEquals(a, .number(try toNumber(b)))
        case (.string, .number): return Realm.strictEquals(.number(try toNumber(a)), b)
        case (.bool(let x), _): return try looseEquals(.number(x ? 1 : 0), b)
        case (_, .bool(let y)): return try looseEquals(a, .number(y ? 1 : 0))
        case (.object, .number), (.object, .string), (.object, .symbol):
            return try looseEquals(toPrimitive(a), b)
        case (.number, .object), (.string, .object), (.symbol, .object):
            return try looseEquals(a, toPrimitive(b))
        default: return Realm.strictEquals(a, b)
        }
    }

    static func sameValue(_ a: JSValue, _ b: JSValue) -> Bool {
        if case .number(let x) = a, case .number(let y) = b {
            if x.isNaN && y.isNaN { return true }
            return x == y && x.sign == y.sign
        }
        return strictEquals(a, b)
    }
}

func sameValueZero(_ a: JSValue, _ b: JSValue) -> Bool {
    if case .number(let x) = a, case .number(let y) = b, x.isNaN && y.isNaN { return true }
    return Realm.strictEquals(a, b)
}
