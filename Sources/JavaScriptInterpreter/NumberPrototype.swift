extension Realm {
    func thisNumber(_ c: NativeCall, _ method: String) throws(JSThrow) -> Double {
        if case .number(let d) = c.this { return d }
        if case .object(let o) = c.this, case .number(let d) = o.kind { return d }
        throw typeError("Number.prototype.\(method) requires that 'this' be a Number")
    }

    func setUpNumberAndBoolean() {
        let proto = numberPrototype!
        let ctor = makeConstructor("Number", length: 1, prototype: proto) { c throws(JSThrow) in
            let d = c.count == 0 ? 0 : try c.realm.toNumber(c[0])
            if let nt = c.newTarget {
                return .object(c.realm.newObject(proto: try c.realm.prototype(from: nt, fallback: c.realm.numberPrototype), kind: .number(d)))
            }
            return .number(d)
        }
        for (name, value) in [("MAX_SAFE_INTEGER", 9007199254740991.0), ("MIN_SAFE_INTEGER", -9007199254740991.0),
                              ("MAX_VALUE", Double.greatestFiniteMagnitude), ("MIN_VALUE", Double.leastNonzeroMagnitude), ("EPSILON", Double.ulpOfOne),
                              ("POSITIVE_INFINITY", Double.infinity), ("NEGATIVE_INFINITY", -Double.infinity), ("NaN", Double.nan)] {
            ctor.set(name, .number(value), flags: [])
        }
        defineMethod(ctor, "isInteger", length: 1) { c throws(JSThrow) in
            guard case .number(let d) = c[0] else { return .false }
            return .bool(d.isFinite && d == d.rounded(.towardZero))
        }
        defineMethod(ctor, "isSafeInteger", length: 1) { c throws(JSThrow) in
            guard case .number(let d) = c[0] else { return .false }
            return .bool(d.isFinite && d == d.rounded(.towardZero) && abs(d) <= 9007199254740991)
        }
        defineMethod(ctor, "isFinite", length: 1) { c throws(JSThrow) in
            guard case .number(let d) = c[0] else { return .false }
            return .bool(d.isFinite)
        }
        defineMethod(ctor, "isNaN", length: 1) { c throws(JSThrow) in
            guard case .number(let d) = c[0] else { return .false }
            return .bool(d.isNaN)
        }
        defineMethod(proto, "toString", length: 1) { c throws(JSThrow) in
            let d = try c.realm.thisNumber(c, "toString")
            if c[0].isUndefined { return .string(JSString(NumberFormatting.toString(d))) }
            let radix = try c.realm.toIntegerOrInfinity(c[0])
            guard radix >= 2 && radix <= 36 else { throw c.realm.rangeError("toString() radix argument must be between 2 and 36") }
            if radix == 10 { return .string(JSString(NumberFormatting.toString(d))) }
            return .string(JSString(NumberFormatting.toString(d, radix: Int(radix))))
        }
        defineMethod(proto, "toLocaleString", length: 0) { c throws(JSThrow) in
            let d = try c.realm.thisNumber(c, "toLocaleString")
            return .string(JSString(Realm.localeFormat(d)))
        }
        defineMethod(proto, "valueOf", length: 0) { c throws(JSThrow) in .number(try c.realm.thisNumber(c, "valueOf")) }
        defineMethod(proto, "toFixed", length: 1) { c throws(JSThrow) in
            let d = try c.realm.thisNumber(c, "toFixed")
            let f = try c.realm.toIntegerOrInfinity(c[0])
            guard f >= 0 && f <= 100 else { throw c.realm.rangeError("toFixed() digits argument must be between 0 and 100") }
            if !d.isFinite { return .string(JSString(NumberFormatting.toString(d))) }
            return .string(JSString(NumberFormatting.toFixed(d, Int(f))))
        }
        defineMethod(proto, "toPrecision", length: 1) { c throws(JSThrow) in
            let d = try c.realm.thisNumber(c, "toPrecision")
            if c[0].isUndefined { return .string(JSString(NumberFormatting.toString(d))) }
            let p = try c.realm.toIntegerOrInfinity(c[0])
            if !d.isFinite { return .string(JSString(NumberFormatting.toString(d))) }
            guard p >= 1 && p <= 100 else { throw c.realm.rangeError("toPrecision() argument must be between 1 and 100") }
            return .string(JSString(NumberFormatting.toPrecision(d, Int(p))))
        }
        defineMethod(proto, "toExponential", length: 1) { c throws(JSThrow) in
            let d = try c.realm.thisNumber(c, "toExponential")
            let f = try c.realm.toIntegerOrInfinity(c[0])
            if !d.isFinite { return .string(JSString(NumberFormatting.toString(d))) }
            guard f >= 0 && f <= 100 else { throw c.realm.rangeError("toExponential() argument must be between 0 and 100") }
            return .string(JSString(NumberFormatting.toExponential(d, c[0].isUndefined ? nil : Int(f))))
        }

        let bproto = booleanPrototype!
        _ = makeConstructor("Boolean", length: 1, prototype: bproto) { c throws(JSThrow) in
            let b = c[0].truthy
            if let nt = c.newTarget {
                return .object(c.realm.newObject(proto: try c.realm.prototype(from: nt, fallback: c.realm.booleanPrototype), kind: .boolean(b)))
            }
            return .bool(b)
        }
        func thisBool(_ c: NativeCall) throws(JSThrow) -> Bool {
            if case .bool(let b) = c.this { return b }
            if case .object(let o) = c.this, case .boolean(let b) = o.kind { return b }
            throw c.realm.typeError("Boolean.prototype.valueOf requires that 'this' be a Boolean")
        }
        defineMethod(bproto, "toString", length: 0) { c throws(JSThrow) in .string(JSString(try thisBool(c) ? "true" : "false")) }
        defineMethod(bproto, "valueOf", length: 0) { c throws(JSThrow) in .bool(try thisBool(c)) }
    }

    /// en-US grouping with at most three fraction digits, as `toLocaleString()` prints by default.
    static func localeFormat(_ d: Double) -> String {
        if !d.isFinite { return d.isNaN ? "NaN" : (d < 0 ? "-∞" : "∞") }
        var s = abs(d) >= 1e21 ? NumberFormatting.exactDecimal(abs(d)).0 : NumberFormatting.toFixed(abs(d), 3)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        var intPart = String(parts[0])
        var grouped = ""
        while intPart.count > 3 {
            grouped = "," + intPart.suffix(3) + grouped
            intPart.removeLast(3)
        }
        grouped = intPart + grouped
        if parts.count > 1 { grouped += "." + parts[1] }
        let negative = d < 0 && grouped != "0"
        return (negative ? "-" : "") + grouped
    }
}
