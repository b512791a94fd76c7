extension Realm {
    func setUpJSON() {
        let json = newObject()
        global.set("JSON", .object(json))
        json.defineOwn(.symbol(JSSymbol.toStringTag), Property(value: .string(JSString("JSON")), flags: .configurable))
        defineMethod(json, "parse", length: 2) { c throws(JSThrow) in
            let r = c.realm
            let text = try r.toString(c[0])
            var parser = JSONTextParser(realm: r, units: text.units)
            let value = try parser.parseDocument()
            if case .object(let reviver) = c[1], reviver.isCallable {
                let root = r.newObject()
                root.defineOwn(.string(""), Property(value: value))
                return try r.internalize(root, .string(""), reviver: c[1])
            }
            return value
        }
        defineMethod(json, "stringify", length: 3) { c throws(JSThrow) in
            var s = try JSONStringifier(realm: c.realm, replacer: c[1], space: c[2])
            guard let out = try s.serialize(c[0]) else { return .undefined }
            return .string(JSString(units: out))
        }
    }

    func internalize(_ holder: JSObject, _ key: PropertyKey, reviver: JSValue, depth: Int = 0) throws(JSThrow) -> JSValue {
        if depth > 10_000 { throw rangeError("Maximum call stack size exceeded") }
        let value = try get(holder, key, receiver: .object(holder))
        if case .object(let o) = value {
            if o.isArray {
                let n = try lengthOf(o)
                for i in 0..<n {
                    let v = try internalize(o, .string(String(i)), reviver: reviver, depth: depth + 1)
                    if v.isUndefined { _ = o.deleteOwn(.string(String(i))) } else { o.defineOwn(.string(String(i)), Property(value: v)) }
                }
            } else {
                for k in enumerableOwn(o) {
                    let v = try internalize(o, k, reviver: reviver, depth: depth + 1)
                    if v.isUndefined { _ = o.deleteOwn(k) } else { o.defineOwn(k, Property(value: v)) }
                }
            }
        }
        return try call(reviver, this: .object(holder), [key.jsValue, value])
    }
}
