import Foundation

extension Realm {
    func thisString(_ c: NativeCall, _ method: String) throws(JSThrow) -> JSString {
        switch c.this {
        case .string(let s): return s
        case .undefined, .null: throw typeError("String.prototype.\(method) called on null or undefined")
        case .object(let o):
            if case .string(let s) = o.kind { return s }
            return try toString(c.this)
        default: return try toString(c.this)
        }
    }

    static func indexOf(_ hay: ContiguousArray<UInt16>, _ needle: ContiguousArray<UInt16>, from: Int) -> Int {
        let n = hay.count, m = needle.count
        if m == 0 { return min(from, n) }
        if m > n { return -1 }
        var i = max(0, from)
        let first = needle[0]
        while i <= n - m {
            if hay[i] == first {
                var j = 1
                while j < m && hay[i + j] == needle[j] { j += 1 }
                if j == m { return i }
            }
            i += 1
        }
        return -1
    }

    static func lastIndexOf(_ hay: ContiguousArray<UInt16>, _ needle: ContiguousArray<UInt16>, from: Int) -> Int {
        let n = hay.count, m = needle.count
        var i = min(from, n - m)
        while i >= 0 {
            var j = 0
            while j < m && hay[i + j] == needle[j] { j += 1 }
            if j == m { return i }
            i -= 1
        }
        return -1
    }

    func rejectRegExp(_ v: JSValue, _ method: String) throws(JSThrow) {
        if case .object(let o) = v, o.getOwn(.string("%regexp")) != nil {
            throw typeError("First argument to String.prototype.\(method) must not be a regular expression")
        }
    }

    func setUpString() {
        let proto = stringPrototype!
        let ctor = makeConstructor("String", length: 1, prototype: proto) { c throws(JSThrow) in
            let r = c.realm
            var s = JSString("")
            if c.count > 0 {
                if c.newTarget == nil, case .symbol(let sym) = c[0] { return .string(JSString("Symbol(\(sym.description ?? ""))")) }
                s = try r.toString(c[0])
            }
            if let nt = c.newTarget {
                return .object(r.newObject(proto: try r.prototype(from: nt, fallback: r.stringPrototype), kind: .string(s)))
            }
            return .string(s)
        }
        defineMethod(ctor, "fromCharCode", length: 1) { c throws(JSThrow) in
            var units = ContiguousArray<UInt16>()
            for a in c.arguments { units.append(UInt16(truncatingIfNeeded: try c.realm.toUint32(a))) }
            return .string(JSString(units: units))
        }
        defineMethod(ctor, "fromCodePoint", length: 1) { c throws(JSThrow) in
            var units = ContiguousArray<UInt16>()
            for a in c.arguments {
                let d = try c.realm.toNumber(a)
                guard let cp = Int(exactly: d), cp >= 0, cp <= 0x10FFFF else { throw c.realm.rangeError("Invalid code point \(c.realm.displayString(a))") }
                if cp >= 0x10000 {
                    units.append(UInt16(0xD800 + ((cp - 0x10000) >> 10)))
                    units.append(UInt16(0xDC00 + ((cp - 0x10000) & 0x3FF)))
                } else {
                    units.append(UInt16(cp))
                }
            }
            return .string(JSString(units: units))
        }
        defineMethod(ctor, "raw", length: 1) { c throws(JSThrow) in
            let r = c.realm
            let strings = try r.toObject(c[0])
            let raw = try r.toObject(try r.get(.object(strings), "raw"))
            let n = try r.lengthOf(raw)
            var units = ContiguousArray<UInt16>()
            for i in 0..<n {
                units.append(contentsOf: try r.toString(try r.getAt(raw, i)).units)
                if i + 1 < n && i + 1 < c.count { units.append(contentsOf: try r.toString(c[i + 1]).units) }
            }
            return .string(JSString(units: units))
        }
        defineMethod(proto, "toString", length: 0) { c throws(JSThrow) in
            if case .string = c.this { return c.this }
            if case .object(let o) = c.this, case .string(let s) = o.kind { return .string(s) }
            throw c.realm.typeError("String.prototype.toString requires that 'this' be a String")
        }
        defineMethod(proto, "valueOf", length: 0) { c throws(JSThrow) in
            if case .string = c.this { return c.this }
            if case .object(let o) = c.this, case .string(let s) = o.kind { return .string(s) }
            throw c.realm.typeError("String.prototype.valueOf requires that 'this' be a String")
        }
        defineMethod(proto, "charAt", length: 1) { c throws(JSThrow) in
            let s = try c.realm.thisString(c, "charAt")
            let i = try c.realm.toIntegerOrInfinity(c[0])
            if i < 0 || i >= Double(s.length) { return .string(JSString("")) }
            return .string(JSString(units: [s[Int(i)]]))
        }
        defineMethod(proto, "charCodeAt", length: 1) { c throws(JSThrow) in
            let s = try c.realm.thisString(c, "charCodeAt")
            let i = try c.realm.toIntegerOrInfinity(c[0])
            if i < 0 || i >= Double(s.length) { return .number(.nan) }
            return .number(Double(s[Int(i)]))
        }
        defineMethod(proto, "codePointAt", length: 1) { c throws(JSThrow) in
            let s = try c.realm.thisString(c, "codePointAt")
            let d = try c.realm.toIntegerOrInfinity(c[0])
            if d < 0 || d >= Double(s.length) { return .undefined }
            let i = Int(d)
            let u = s[i]
            if u >= 0xD800 && u < 0xDC00 && i + 1 < s.length {
                let l = s[i + 1]
                if l >= 0xDC00 && l < 0xE000 { return .number(Double((Int(u) - 0xD800) * 0x400 + Int(l) - 0xDC00 + 0x10000)) }
            }
            return .number(Double(u))
        }
        defineMethod(proto, "at", length: 1) { c throws(JSThrow) in
            let s = try c.realm.thisString(c, "at")
            let d = try c.realm.toIntegerOrInfinity(c[0])
            let k = d >= 0 ? d : Double(s.length) + d
            if k < 0 || k >= Double(s.length) { return .undefined }
            return .string(JSString(units: [s[Int(k)]]))
        }
        defineMethod(proto, "concat", length: 1) { c throws(JSThrow) in
            var s = try c.realm.thisString(c, "concat")
            for a in c.arguments {
                guard case .string(let t) = try c.realm.concat(s, try c.realm.toString(a)) else { continue }
                s = t
            }
            return .string(s)
        }
        defineMethod(proto, "indexOf", length: 1) { c throws(JSThrow) in
            let s = try c.realm.thisString(c, "indexOf")
            let t = try c.realm.toString(c[0])
            let from = Int(max(0, min(try c.realm.toIntegerOrInfinity(c[1]), Double(s.length))))
            return .number(Double(Realm.indexOf(s.units, t.units, from: from)))
        }
        defineMethod(proto, "lastIndexOf", length: 1) { c throws(JSThrow) in
            let s = try c.realm.thisString(c, "lastIndexOf")
            let t = try c.realm.toString(c[0])
            let n = try c.realm.toNumber(c[1])
            let from = n.isNaN ? s.length : Int(max(0, min(n.rounded(.towardZero), Double(s.length))))
            return .number(Double(Realm.lastIndexOf(s.units, t.units, from: from)))
        }
        defineMethod(proto, "includes", length: 1) { c throws(JSThrow) in
            let s = try c.realm.thisString(c, "includes")
            try c.realm.rejectRegExp(c[0], "includes")
            let t = try c.realm.toString(c[0])
            let from = Int(max(0, min(try c.realm.toIntegerOrInfinity(c[1]), Double(s.length))))
            return .bool(Realm.indexOf(s.units, t.units, from: from) >= 0)
        }
        defineMethod(proto, "startsWith", length: 1) { c throws(JSThrow) in
            let s = try c.realm.thisString(c, "startsWith")
            try c.realm.rejectRegExp(c[0], "startsWith")
            let t = try c.realm.toString(c[0])
            let from = Int(max(0, min(try c.realm.toIntegerOrInfinity(c[1]), Double(s.length))))
            if from + t.length > s.length { return .false }
            return .bool(Array(s.units[from..<(from + t.length)]) == Array(t.units))
        }
        defineMethod(proto, "endsWith", length: 1) { c throws(JSThrow) in
            let s = try c.realm.thisString(c, "endsWith")
            try c.realm.rejectRegExp(c[0], "endsWith")
            let t = try c.realm.toString(c[0])
            let end = c[1].isUndefined ? s.length : Int(max(0, min(try c.realm.toIntegerOrInfinity(c[1]), Double(s.length))))
            let start = end - t.length
            if start < 0 { return .false }
            return .bool(Array(s.units[start..<end]) == Array(t.units))
        }
        defineMethod(proto, "slice", length: 2) { c throws(JSThrow) in
            let s = try c.realm.thisString(c, "slice")
            let start = try c.realm.relativeIndex(c[0], length: s.length, default: 0)
            let end = try c.realm.relativeIndex(c[1], length: s.length, default: s.length)
            return .string(s.substring(start, max(start, end)))
        }
        defineMethod(proto, "substring", length: 2) { c throws(JSThrow) in
            let s = try c.realm.thisString(c, "substring")
            let a = Int(max(0, min(try c.realm.toIntegerOrInfinity(c[0]), Double(s.length))))
            let b = c[1].isUndefined ? s.length : Int(max(0, min(try c.realm.toIntegerOrInfinity(c[1]), Double(s.length))))
            return .string(s.substring(min(a, b), max(a, b)))
        }
        defineMethod(proto, "substr", length: 2) { c throws(JSThrow) in
            let s = try c.realm.thisString(c, "substr")
            let start = try c.realm.relativeIndex(c[0], length: s.length, default: 0)
            let len = c[1].isUndefined ? Double(s.length) : try c.realm.toIntegerOrInfinity(c[1])
            let end = Int(min(Double(start) + max(len, 0), Double(s.length)))
            return .string(s.substring(start, max(start, end)))
        }
        for (name, upper) in [("toLowerCase", false), ("toUpperCase", true), ("toLocaleLowerCase", false), ("toLocaleUpperCase", true)] {
            defineMethod(proto, name, length: 0) { c throws(JSThrow) in
                let s = try c.realm.thisString(c, name)
                let u = s.units
                if u.allSatisfy({ $0 < 128 }) {
                    return .string(JSString(units: u.map { x in
                        if upper && x >= 97 && x <= 122 { return x - 32 }
                        if !upper && x >= 65 && x <= 90 { return x + 32 }
                        return x
                    }))
                }
                return .string(JSString(upper ? s.string.uppercased() : s.string.lowercased()))
            }
        }
        for (name, mode) in [("trim", 3), ("trimStart", 1), ("trimEnd", 2), ("trimLeft", 1), ("trimRight", 2)] {
            defineMethod(proto, name, length: 0) { c throws(JSThrow) in
                let s = try c.realm.thisString(c, name)
                let u = s.units
                var a = 0, b = u.count
                if mode & 1 != 0 { while a < b && NumberFormatting.isJSWhitespace(u[a]) { a += 1 } }
                if mode & 2 != 0 { while b > a && NumberFormatting.isJSWhitespace(u[b - 1]) { b -= 1 } }
                return .string(s.substring(a, b))
            }
        }
        for (name, atStart) in [("padStart", true), ("padEnd", false)] {
            defineMethod(proto, name, length: 1) { c throws(JSThrow) in
                let s = try c.realm.thisString(c, name)
                let target = Int(min(try c.realm.toLength(c[0]), Realm.maxStringLength + 1))
                let filler = c[1].isUndefined ? ContiguousArray<UInt16>([32]) : try c.realm.toString(c[1]).units
                if target <= s.length || filler.isEmpty { return .string(s) }
                try c.realm.checkStringLength(target)
                var pad = ContiguousArray<UInt16>()
                while pad.count < target - s.length { pad.append(contentsOf: filler) }
                pad.removeLast(pad.count - (target - s.length))
                return .string(atStart ? JSString(units: pad + s.units) : JSString(units: s.units + pad))
            }
        }
        defineMethod(proto, "repeat", length: 1) { c throws(JSThrow) in
            let s = try c.realm.thisString(c, "repeat")
            let n = try c.realm.toIntegerOrInfinity(c[0])
            if n < 0 || n.isInfinite { throw c.realm.rangeError("Invalid count value: \(c.realm.displayString(c[0]))") }
            if n == 0 || s.length == 0 { return .string(JSString("")) }
            if Double(s.length) * n > Double(Realm.maxStringLength) { throw c.realm.rangeError("Invalid string length") }
            try c.realm.checkStringLength(s.length * Int(n))
            var out = ContiguousArray<UInt16>()
            out.reserveCapacity(s.length * Int(n))
            for _ in 0..<Int(n) { out.append(contentsOf: s.units) }
            return .string(JSString(units: out))
        }
        defineMethod(proto, "split", length: 2) { c throws(JSThrow) in
            let r = c.realm
            let s = try r.thisString(c, "split")
            let limit = c[1].isUndefined ? Int(UInt32.max) : Int(try r.toUint32(c[1]))
            if case .object(let o) = c[0], case .regexp(let p) = o.kind {
                return .object(r.newArray(try r.regExpSplit(p, s, limit: limit)))
            }
            if c[0].isUndefined { return .object(r.newArray(limit == 0 ? [] : [.string(s)])) }
            let sep = try r.toString(c[0])
            var out: [JSValue] = []
            if limit == 0 { return .object(r.newArray([])) }
            let u = s.units
            if sep.length == 0 {
                for x in u.prefix(limit) { out.append(.string(JSString(units: [x]))) }
                return .object(r.newArray(out))
            }
            var start = 0
            while out.count < limit {
                let i = Realm.indexOf(u, sep.units, from: start)
                if i < 0 {
                    out.append(.string(s.substring(start, u.count)))
                    break
                }
                out.append(.string(s.substring(start, i)))
                start = i + sep.length
            }
            return .object(r.newArray(out))
        }
        for (name, all) in [("replace", false), ("replaceAll", true)] {
            defineMethod(proto, name, length: 2) { c throws(JSThrow) in
                let r = c.realm
                let s = try r.thisString(c, name)
                if case .object(let o) = c[0], case .regexp(let p) = o.kind {
                    if all && !p.global { throw r.typeError("replaceAll must be called with a global RegExp") }
                    return .string(try r.regExpReplace(o, p, s, c[1]))
                }
                let pattern = try r.toString(c[0])
                let replacer = c[1]
                let isFunction = replacer.asObject?.isCallable ?? false
                let replacement = isFunction ? JSString("") : try r.toString(replacer)
                let u = s.units
                var positions: [Int] = []
                var from = 0
                while true {
                    let i = Realm.indexOf(u, pattern.units, from: from)
                    if i < 0 || i > u.count { break }
                    positions.append(i)
                    if !all { break }
                    from = i + max(pattern.length, 1)
                    if from > u.count { break }
                }
                var out = ContiguousArray<UInt16>()
                var last = 0
                for p in positions {
                    out.append(contentsOf: u[last..<p])
                    if isFunction {
                        let v = try r.call(replacer, this: .undefined, [.string(pattern), .number(Double(p)), .string(s)])
                        out.append(contentsOf: try r.toString(v).units)
                    } else {
                        out.append(contentsOf: Realm.expandReplacement(replacement.units, matched: pattern.units, position: p, subject: u))
                    }
                    last = p + pattern.length
                }
                out.append(contentsOf: u[min(last, u.count)...])
                return .string(JSString(units: out))
            }
        }
        // match, matchAll and search turn a non-RegExp argument into a RegExp, as the spec's RegExpCreate does.
        func regExp(_ c: NativeCall, flags: String) throws(JSThrow) -> (JSObject, RegexProgram) {
            if case .object(let o) = c[0], case .regexp(let p) = o.kind { return (o, p) }
            let source = c[0].isUndefined ? [] : Array(try c.realm.toString(c[0]).units)
            let o = try c.realm.makeRegExp(source, flags)
            guard case .regexp(let p) = o.kind else { throw c.realm.typeError("not a RegExp") }
            return (o, p)
        }
        defineMethod(proto, "match", length: 1) { c throws(JSThrow) in
            let r = c.realm
            let s = try r.thisString(c, "match")
            let (o, p) = try regExp(c, flags: "")
            guard p.global else { return try r.regExpExec(o, p, s) }
            let matches = try r.regExpAllMatches(o, p, s)
            if matches.isEmpty { return .null }
            return .object(r.newArray(matches.map { found in .string(s.substring(found[0]?.0 ?? 0, found[0]?.1 ?? 0)) }))
        }
        defineMethod(proto, "matchAll", length: 1) { c throws(JSThrow) in
            let r = c.realm
            let s = try r.thisString(c, "matchAll")
            let (o, p) = try regExp(c, flags: "g")
            guard p.global else {
                throw r.typeError("String.prototype.matchAll called with a non-global RegExp argument")
            }
            let results = try r.regExpAllMatches(o, p, s).map { JSValue.object(r.matchArray($0, p, s)) }
            let array = JSValue.object(r.newArray(results))
            return try r.call(try r.get(array, "values"), this: array, [])
        }
        defineMethod(proto, "search", length: 1) { c throws(JSThrow) in
            let r = c.realm
            let s = try r.thisString(c, "search")
            let (_, p) = try regExp(c, flags: "")
            let input = s.units
            for start in 0...input.count {
                let found = try r.regexMatch(p, input, at: start)
                if found != nil { return .number(Double(start)) }
                if p.sticky { break }
            }
            return .number(-1)
        }
        defineMethod(proto, "localeCompare", length: 1) { c throws(JSThrow) in
            let a = try c.realm.thisString(c, "localeCompare").string
            let b = try c.realm.toString(c[0]).string
            let r = a.compare(b, options: [], range: nil, locale: Locale(identifier: "en_US"))
            return .number(r == .orderedAscending ? -1 : r == .orderedDescending ? 1 : 0)
        }
        defineMethod(proto, "normalize", length: 0) { c throws(JSThrow) in
            let s = try c.realm.thisString(c, "normalize").string
            let form = c[0].isUndefined ? "NFC" : try c.realm.toString(c[0]).string
            switch form {
            case "NFC": return .string(JSString(s.precomposedStringWithCanonicalMapping))
            case "NFD": return .string(JSString(s.decomposedStringWithCanonicalMapping))
            case "NFKC": return .string(JSString(s.precomposedStringWithCompatibilityMapping))
            case "NFKD": return .string(JSString(s.decomposedStringWithCompatibilityMapping))
            default: throw c.realm.rangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD.")
            }
        }
        defineMethod(proto, "isWellFormed", length: 0) { c throws(JSThrow) in
            let u = try c.realm.thisString(c, "isWellFormed").units
            var i = 0
            while i < u.count {
                if u[i] >= 0xD800 && u[i] < 0xDC00 {
                    if i + 1 < u.count && u[i + 1] >= 0xDC00 && u[i + 1] < 0xE000 { i += 2; continue }
                    return .false
                }
                if u[i] >= 0xDC00 && u[i] < 0xE000 { return .false }
                i += 1
            }
            return .true
        }
        defineMethod(proto, symbol: JSSymbol.iterator, name: "[Symbol.iterator]", length: 0) { c throws(JSThrow) in
            let s = try c.realm.thisString(c, "[Symbol.iterator]")
            let u = s.units
            var i = 0
            return c.realm.makeIterator { () throws(JSThrow) -> JSValue? in
                if i >= u.count { return nil }
                var end = i + 1
                if u[i] >= 0xD800 && u[i] < 0xDC00 && i + 1 < u.count && u[i + 1] >= 0xDC00 && u[i + 1] < 0xE000 { end = i + 2 }
                let v = JSValue.string(JSString(units: u[i..<end]))
                i = end
                return v
            }
        }
    }

    /// GetSubstitution for string patterns: `$$`, `$&`, `` $` ``, `$'`.
    static func expandReplacement(_ r: ContiguousArray<UInt16>, matched: ContiguousArray<UInt16>, position: Int, subject: ContiguousArray<UInt16>) -> ContiguousArray<UInt16> {
        var out = ContiguousArray<UInt16>()
        var i = 0
        while i < r.count {
            if r[i] == 36 && i + 1 < r.count {
                switch r[i + 1] {
                case 36: out.append(36); i += 2; continue
                case 38: out.append(contentsOf: matched); i += 2; continue
                case 96: out.append(contentsOf: subject[0..<position]); i += 2; continue
                case 39: out.append(contentsOf: subject[min(position + matched.count, subject.count)...]); i += 2; continue
                default: break
                }
            }
            out.append(r[i])
            i += 1
        }
        return out
    }
}
