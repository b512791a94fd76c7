extension Realm {
    func table(_ c: NativeCall, _ kind: String, _ method: String) throws(JSThrow) -> OrderedTable {
        if case .object(let o) = c.this {
            switch (o.kind, kind) {
            case (.map(let t), "Map"), (.set(let t), "Set"), (.weakMap(let t), "WeakMap"), (.weakMap(let t), "WeakSet"): return t
            default: break
            }
        }
        throw typeError("Method \(kind).prototype.\(method) called on incompatible receiver \(try describeForMessage(c.this))")
    }

    func setUpCollections() {
        let mapProto = mapPrototype!
        _ = makeConstructor("Map", length: 0, prototype: mapProto) { c throws(JSThrow) in
            let r = c.realm
            guard let nt = c.newTarget else { throw r.typeError("Constructor Map requires 'new'") }
            let t = OrderedTable()
            let m = r.newObject(proto: try r.prototype(from: nt, fallback: r.mapPrototype), kind: .map(t))
            if !c[0].isNullish {
                let adder = try r.get(.object(m), "set")
                try r.iterate(c[0]) { entry throws(JSThrow) in
                    guard case .object = entry else { throw r.typeError("Iterator value \(r.displayString(entry)) is not an entry object") }
                    _ = try r.call(adder, this: .object(m), [try r.get(entry, "0"), try r.get(entry, "1")])
                    return true
                }
            }
            return .object(m)
        }
        defineMethod(mapProto, "get", length: 1) { c throws(JSThrow) in
            let t = try c.realm.table(c, "Map", "get")
            return t.find(c[0]).map { t.values[$0] } ?? .undefined
        }
        defineMethod(mapProto, "set", length: 2) { c throws(JSThrow) in
            try c.realm.table(c, "Map", "set").set(c[0], c[1])
            return c.this
        }
        setUpCommonCollectionMethods(mapProto, "Map", isMap: true)

        let setProto = setPrototype!
        _ = makeConstructor("Set", length: 0, prototype: setProto) { c throws(JSThrow) in
            let r = c.realm
            guard let nt = c.newTarget else { throw r.typeError("Constructor Set requires 'new'") }
            let t = OrderedTable()
            let s = r.newObject(proto: try r.prototype(from: nt, fallback: r.setPrototype), kind: .set(t))
            if !c[0].isNullish {
                let adder = try r.get(.object(s), "add")
                try r.iterate(c[0]) { v throws(JSThrow) in
                    _ = try r.call(adder, this: .object(s), [v])
                    return true
                }
            }
            return .object(s)
        }
        defineMethod(setProto, "add", length: 1) { c throws(JSThrow) in
            var v = c[0]
            if case .number(let d) = v, d == 0 { v = .number(0) }
            try c.realm.table(c, "Set", "add").set(v, v)
            return c.this
        }
        setUpCommonCollectionMethods(setProto, "Set", isMap: false)

        for name in ["WeakMap", "WeakSet"] {
            let proto = name == "WeakMap" ? weakMapPrototype! : newObject(proto: objectPrototype)
            _ = makeConstructor(name, length: 0, prototype: proto) { c throws(JSThrow) in
                let r = c.realm
                guard let nt = c.newTarget else { throw r.typeError("Constructor \(name) requires 'new'") }
                let t = OrderedTable()
                let w = r.newObject(proto: try r.prototype(from: nt, fallback: proto), kind: .weakMap(t))
                if !c[0].isNullish {
                    try r.iterate(c[0]) { entry throws(JSThrow) in
                        if name == "WeakMap" {
                            let k = try r.get(entry, "0")
                            guard case .object = k else { throw r.typeError("Invalid value used as weak map key") }
                            t.set(k, try r.get(entry, "1"))
                        } else {
                            guard case .object = entry else { throw r.typeError("Invalid value used in weak set") }
                            t.set(entry, entry)
                        }
                        return true
                    }
                }
                return .object(w)
            }
            if name == "WeakMap" {
                defineMethod(proto, "get", length: 1) { c throws(JSThrow) in
                    let t = try c.realm.table(c, name, "get")
                    return t.find(c[0]).map { t.values[$0] } ?? .undefined
                }
                defineMethod(proto, "set", length: 2) { c throws(JSThrow) in
                    guard case .object = c[0] else { throw c.realm.typeError("Invalid value used as weak map key") }
                    try c.realm.table(c, name, "set").set(c[0], c[1])
                    return c.this
                }
            } else {
                defineMethod(proto, "add", length: 1) { c throws(JSThrow) in
                    guard case .object = c[0] else { throw c.realm.typeError("Invalid value used in weak set") }
                    try c.realm.table(c, name, "add").set(c[0], c[0])
                    return c.this
                }
            }
            defineMethod(proto, "has", length: 1) { c throws(JSThrow) in .bool(try c.realm.table(c, name, "has").find(c[0]) != nil) }
            defineMethod(proto, "delete", length: 1) { c throws(JSThrow) in .bool(try c.realm.table(c, name, "delete").remove(c[0])) }
            proto.defineOwn(.symbol(JSSymbol.toStringTag), Property(value: .string(JSString(name)), flags: .configurable))
        }
    }

    func setUpCommonCollectionMethods(_ proto: JSObject, _ kind: String, isMap: Bool) {
        defineMethod(proto, "has", length: 1) { c throws(JSThrow) in .bool(try c.realm.table(c, kind, "has").find(c[0]) != nil) }
        defineMethod(proto, "delete", length: 1) { c throws(JSThrow) in .bool(try c.realm.table(c, kind, "delete").remove(c[0])) }
        defineMethod(proto, "clear", length: 0) { c throws(JSThrow) in
            try c.realm.table(c, kind, "clear").clear()
            return .undefined
        }
        defineGetter(proto, "size") { c throws(JSThrow) in .number(Double(try c.realm.table(c, kind, "size").count)) }
        defineMethod(proto, "forEach", length: 1) { c throws(JSThrow) in
            let t = try c.realm.table(c, kind, "forEach")
            let f = try c.realm.callback(c, "forEach")
            var i = 0
            while i < t.keys.count {
                if let k = t.keys[i] { _ = try c.realm.call(f, this: c[1], [t.values[i], k, c.this]) }
                i += 1
            }
            return .undefined
        }
        // kind: 0 keys, 1 values, 2 entries
        for (name, mode) in [("keys", 0), ("values", 1), ("entries", 2)] {
            let f = defineMethod(proto, name, length: 0) { c throws(JSThrow) in
                let t = try c.realm.table(c, kind, name)
                var i = 0
                let r = c.realm
                return r.makeIterator { () throws(JSThrow) -> JSValue? in
                    while i < t.keys.count {
                        let index = i
                        i += 1
                        guard let k = t.keys[index] else { continue }
                        switch mode {
                        case 0: return k
                        case 1: return t.values[index]
                        default: return .object(r.newArray([k, t.values[index]]))
                        }
                    }
                    return nil
                }
            }
            if (isMap && name == "entries") || (!isMap && name == "values") {
                proto.defineOwn(.symbol(JSSymbol.iterator), Property(value: .object(f), flags: .hidden))
            }
            if !isMap && name == "values" { proto.set("keys", .object(f)) }
        }
        proto.defineOwn(.symbol(JSSymbol.toStringTag), Property(value: .string(JSString(kind)), flags: .configurable))
    }
}
