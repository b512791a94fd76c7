extension Realm {
    func setUpObject() {
        let ctor = makeConstructor("Object", length: 1, prototype: objectPrototype) { c throws(JSThrow) in
            let v = c[0]
            if let nt = c.newTarget, nt !== c.realm.global.getOwn(.string("Object"))?.value.asObject {
                return .object(c.realm.newObject(proto: try c.realm.prototype(from: nt, fallback: c.realm.objectPrototype)))
            }
            if v.isNullish { return .object(c.realm.newObject()) }
            return .object(try c.realm.toObject(v))
        }
        defineMethod(ctor, "keys", length: 1) { c throws(JSThrow) in
            let o = try c.realm.toObject(c[0])
            return .object(c.realm.newArray(c.realm.enumerableOwn(o).map { $0.jsValue }))
        }
        defineMethod(ctor, "values", length: 1) { c throws(JSThrow) in
            let o = try c.realm.toObject(c[0])
            var out: [JSValue] = []
            for k in c.realm.enumerableOwn(o) { out.append(try c.realm.get(o, k, receiver: .object(o))) }
            return .object(c.realm.newArray(out))
        }
        defineMethod(ctor, "entries", length: 1) { c throws(JSThrow) in
            let o = try c.realm.toObject(c[0])
            var out: [JSValue] = []
            for k in c.realm.enumerableOwn(o) {
                out.append(.object(c.realm.newArray([k.jsValue, try c.realm.get(o, k, receiver: .object(o))])))
            }
            return .object(c.realm.newArray(out))
        }
        defineMethod(ctor, "assign", length: 2) { c throws(JSThrow) in
            let target = try c.realm.toObject(c[0])
            for source in c.arguments.dropFirst() where !source.isNullish {
                let s = try c.realm.toObject(source)
                for k in s.ownKeys() {
                    if let p = s.getOwn(k), p.flags.contains(.enumerable) {
                        try c.realm.set(target, k, try c.realm.get(s, k, receiver: .object(s)), receiver: .object(target), strict: true)
                    }
                }
            }
            return .object(target)
        }
        defineMethod(ctor, "freeze", length: 1) { c throws(JSThrow) in
            guard case .object(let o) = c[0] else { return c[0] }
            c.realm.setIntegrity(o, frozen: true)
            return c[0]
        }
        defineMethod(ctor, "seal", length: 1) { c throws(JSThrow) in
            guard case .object(let o) = c[0] else { return c[0] }
            c.realm.setIntegrity(o, frozen: false)
            return c[0]
        }
        defineMethod(ctor, "preventExtensions", length: 1) { c throws(JSThrow) in
            if case .object(let o) = c[0] { o.extensible = false }
            return c[0]
        }
        defineMethod(ctor, "isFrozen", length: 1) { c throws(JSThrow) in
            guard case .object(let o) = c[0] else { return .true }
            return .bool(c.realm.testIntegrity(o, frozen: true))
        }
        defineMethod(ctor, "isSealed", length: 1) { c throws(JSThrow) in
            guard case .object(let o) = c[0] else { return .true }
            return .bool(c.realm.testIntegrity(o, frozen: false))
        }
        defineMethod(ctor, "isExtensible", length: 1) { c throws(JSThrow) in
            guard case .object(let o) = c[0] else { return .false }
            return .bool(o.extensible)
        }
        defineMethod(ctor, "create", length: 2) { c throws(JSThrow) in
            let proto: JSObject?
            switch c[0] {
            case .object(let p): proto = p
            case .null: proto = nil
            default: throw c.realm.typeError("Object prototype may only be an Object or null: \(c.realm.displayString(c[0]))")
            }
            let o = c.realm.newObject(proto: proto)
            if !c[1].isUndefined { try c.realm.defineProperties(o, c[1]) }
            return .object(o)
        }
        defineMethod(ctor, "defineProperty", length: 3) { c throws(JSThrow) in
            guard case .object(let o) = c[0] else { throw c.realm.typeError("Object.defineProperty called on non-object") }
            let key = try c.realm.toPropertyKey(c[1])
            try c.realm.defineProperty(o, key, descriptor: c[2])
            return c[0]
        }
        defineMethod(ctor, "defineProperties", length: 2) { c throws(JSThrow) in
            guard case .object(let o) = c[0] else { throw c.realm.typeError("Object.defineProperties called on non-object") }
            try c.realm.defineProperties(o, c[1])
            return c[0]
        }
        defineMethod(ctor, "getPrototypeOf", length: 1) { c throws(JSThrow) in
            let o = try c.realm.toObject(c[0])
            return o.proto.map { .object($0) } ?? .null
        }
        defineMethod(ctor, "setPrototypeOf", length: 2) { c throws(JSThrow) in
            if case .object(let o) = c[0] {
                if o === c.realm.objectPrototype, c[1].asObject !== o.proto {
                    throw c.realm.typeError("Immutable prototype object 'Object.prototype' cannot have their prototype set")
                }
                switch c[1] {
                case .object(let p):
                    var cur: JSObject? = p
                    while let x = cur {
                        if x === o { throw c.realm.typeError("Cyclic __proto__ value") }
                        cur = x.proto
                    }
                    o.proto = p
                case .null: o.proto = nil
                default: throw c.realm.typeError("Object prototype may only be an Object or null: \(c.realm.displayString(c[1]))")
                }
            }
            return c[0]
        }
        defineMethod(ctor, "getOwnPropertyNames", length: 1) { c throws(JSThrow) in
            let o = try c.realm.toObject(c[0])
            return .object(c.realm.newArray(o.ownKeys().compactMap { if case .string = $0 { return $0.jsValue } else { return nil } }))
        }
        defineMethod(ctor, "getOwnPropertySymbols", length: 1) { c throws(JSThrow) in
            let o = try c.realm.toObject(c[0])
            return .object(c.realm.newArray(o.ownKeys().compactMap { if case .symbol = $0 { return $0.jsValue } else { return nil } }))
        }
        defineMethod(ctor, "getOwnPropertyDescriptor", length: 2) { c throws(JSThrow) in
            let o = try c.realm.toObject(c[0])
            let key = try c.realm.toPropertyKey(c[1])
            guard let p = o.getOwn(key) else { return .undefined }
            return .object(c.realm.fromPropertyDescriptor(p))
        }
        defineMethod(ctor, "getOwnPropertyDescriptors", length: 1) { c throws(JSThrow) in
            let o = try c.realm.toObject(c[0])
            let out = c.realm.newObject()
            for k in o.ownKeys() {
                if let p = o.getOwn(k) { out.defineOwn(k, Property(value: .object(c.realm.fromPropertyDescriptor(p)))) }
            }
            return .object(out)
        }
        defineMethod(ctor, "fromEntries", length: 1) { c throws(JSThrow) in
            let out = c.realm.newObject()
            try c.realm.iterate(c[0]) { entry throws(JSThrow) in
                guard case .object = entry else {
                    throw c.realm.typeError("Iterator value \(c.realm.displayString(entry)) is not an entry object")
                }
                let k = try c.realm.toPropertyKey(try c.realm.get(entry, .string("0")))
                out.defineOwn(k, Property(value: try c.realm.get(entry, .string("1"))))
                return true
            }
            return .object(out)
        }
        defineMethod(ctor, "is", length: 2) { c throws(JSThrow) in .bool(Realm.sameValue(c[0], c[1])) }

        let proto = objectPrototype!
        defineMethod(proto, "hasOwnProperty", length: 1) { c throws(JSThrow) in
            let key = try c.realm.toPropertyKey(c[0])
            return .bool(try c.realm.toObject(c.this).hasOwn(key))
        }
        defineMethod(ctor, "hasOwn", length: 2) { c throws(JSThrow) in
            let o = try c.realm.toObject(c[0])
            return .bool(o.hasOwn(try c.realm.toPropertyKey(c[1])))
        }
        defineMethod(proto, "isPrototypeOf", length: 1) { c throws(JSThrow) in
            guard case .object(var v) = c[0] else { return .false }
            let o = try c.realm.toObject(c.this)
            while let p = v.proto {
                if p === o { return .true }
                v = p
            }
            return .false
        }
        defineMethod(proto, "propertyIsEnumerable", length: 1) { c throws(JSThrow) in
            let key = try c.realm.toPropertyKey(c[0])
            return .bool(try c.realm.toObject(c.this).getOwn(key)?.flags.contains(.enumerable) ?? false)
        }
        defineMethod(proto, "toString", length: 0) { c throws(JSThrow) in .string(JSString(try c.realm.objectToString(c.this))) }
        defineMethod(proto, "toLocaleString", length: 0) { c throws(JSThrow) in
            try c.realm.call(try c.realm.get(c.this, "toString"), this: c.this, [])
        }
        defineMethod(proto, "valueOf", length: 0) { c throws(JSThrow) in .object(try c.realm.toObject(c.this)) }
        let protoGetter = newFunction("get __proto__", length: 0) { c throws(JSThrow) in
            try c.realm.toObject(c.this).proto.map { .object($0) } ?? .null
        }
        let protoSetter = newFunction("set __proto__", length: 1) { c throws(JSThrow) in
            guard case .object(let o) = c.this else { return .undefined }
            if case .object(let p) = c[0] {
                var cur: JSObject? = p
                while let x = cur {
                    if x === o { throw c.realm.typeError("Cyclic __proto__ value") }
                    cur = x.proto
                }
                o.proto = p
            } else if case .null = c[0] {
                o.proto = nil
            }
            return .undefined
        }
        proto.defineOwn(.string("__proto__"), Property(getter: protoGetter, setter: protoSetter, flags: .configurable))
    }

    func enumerableOwn(_ o: JSObject) -> [PropertyKey] {
        o.ownKeys().filter { k in
            if case .symbol = k { return false }
            return o.getOwn(k)?.flags.contains(.enumerable) ?? false
        }
    }

    func objectToString(_ v: JSValue) throws(JSThrow) -> String {
        switch v {
        case .undefined: return "[object Undefined]"
        case .null: return "[object Null]"
        default: break
        }
        let o = try toObject(v)
        let tagValue = try get(o, .symbol(JSSymbol.toStringTag), receiver: v)
        if case .string(let s) = tagValue { return "[object \(s.string)]" }
        switch o.kind {
        case .array: return "[object Array]"
        case .function: return "[object Function]"
        case .error: return "[object Error]"
        case .boolean: return "[object Boolean]"
        case .number: return "[object Number]"
        case .string: return "[object String]"
        case .arguments: return "[object Arguments]"
        case .date: return "[object Date]"
        case .regexp: return "[object RegExp]"
        default: return "[object Object]"
        }
    }

    func setIntegrity(_ o: JSObject, frozen: Bool) {
        o.materializePrototype()
        o.extensible = false
        if o.isArray {
            if frozen {
                o.lengthWritable = false
            }
        }
        for i in o.values.indices {
            o.values[i].flags.remove(.configurable)
            if frozen && !o.values[i].isAccessor { o.values[i].flags.remove(.writable) }
        }
        if o.isArray && !frozen {
            o.sealedElements = true
        }
    }

    func testIntegrity(_ o: JSObject, frozen: Bool) -> Bool {
        o.materializePrototype()
        if o.extensible { return false }
        if o.isArray && !o.elements.isEmpty {
            if frozen && !frozenElements(o) { return false }
            if !frozen && !(o.sealedElements || frozenElements(o)) { return false }
        }
        for p in o.values {
            if p.flags.contains(.configurable) { return false }
            if frozen && !p.isAccessor && p.flags.contains(.writable) { return false }
        }
        return true
    }

    func defineProperties(_ o: JSObject, _ props: JSValue) throws(JSThrow) {
        let src = try toObject(props)
        for k in src.ownKeys() {
            guard let p = src.getOwn(k), p.flags.contains(.enumerable) else { continue }
            try defineProperty(o, k, descriptor: try get(src, k, receiver: props))
        }
    }

    func fromPropertyDescriptor(_ p: Property) -> JSObject {
        let d = newObject()
        if p.isAccessor {
            d.defineOwn(.string("get"), Property(value: p.getter.map { .object($0) } ?? .undefined))
            d.defineOwn(.string("set"), Property(value: p.setter.map { .object($0) } ?? .undefined))
        } else {
            d.defineOwn(.string("value"), Property(value: p.value))
            d.defineOwn(.string("writable"), Property(value: .bool(p.flags.contains(.writable))))
        }
        d.defineOwn(.string("enumerable"), Property(value: .bool(p.flags.contains(.enumerable))))
        d.defineOwn(.string("configurable"), Property(value: .bool(p.flags.contains(.configurable))))
        return d
    }

    /// ValidateAndApplyPropertyDescriptor, simplified to the cases scripts meet.
    func defineProperty(_ o: JSObject, _ key: PropertyKey, descriptor: JSValue) throws(JSThrow) {
        guard case .object(let d) = descriptor else {
            throw typeError("Property description must be an object: \(displayString(descriptor))")
        }
        func field(_ name: String) throws(JSThrow) -> JSValue? {
            hasProperty(d, .string(name)) ? try get(d, .string(name), receiver: descriptor) : nil
        }
        let enumerable = try field("enumerable").map(\.truthy)
        let configurable = try field("configurable").map(\.truthy)
        let value = try field("value")
        let writable = try field("writable").map(\.truthy)
        let getter = try field("get")
        let setter = try field("set")
        if let getter, !getter.isUndefined, !(getter.asObject?.isCallable ?? false) {
            throw typeError("Getter must be a function: \(displayString(getter))")
        }
        if let setter, !setter.isUndefined, !(setter.asObject?.isCallable ?? false) {
            throw typeError("Setter must be a function: \(displayString(setter))")
        }
        let isAccessor = getter != nil || setter != nil
        if isAccessor && (value != nil || writable != nil) {
            throw typeError("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute")
        }
        if o.isArray, key == .string("length") {
            if let value { try setArrayLength(o, value, strict: true) }
            if writable == false { o.lengthWritable = false }
            return
        }
        let existing = o.getOwn(key)
        if let existing, !existing.flags.contains(.configurable) {
            var ok = configurable != true && (enumerable == nil || enumerable == existing.flags.contains(.enumerable))
            if existing.isAccessor {
                if !isAccessor && (value != nil || writable != nil) { ok = false }
                if let getter, !(getter.asObject === existing.getter) { ok = false }
                if let setter, !(setter.asObject === existing.setter) { ok = false }
            } else {
                if isAccessor { ok = false }
                if !existing.flags.contains(.writable) {
                    if writable == true { ok = false }
                    if let value, !Realm.sameValue(value, existing.value) { ok = false }
                }
            }
            if !ok { throw typeError("Cannot redefine property: \(key.displayName)") }
        }
        if existing == nil && !o.extensible {
            throw typeError("Cannot define property \(key.displayName), object is not extensible")
        }
        var flags: PropertyFlags = []
        let base = existing?.flags ?? []
        if enumerable ?? base.contains(.enumerable) { flags.insert(.enumerable) }
        if configurable ?? base.contains(.configurable) { flags.insert(.configurable) }
        var property: Property
        if isAccessor || (existing?.isAccessor == true && value == nil && writable == nil) {
            let g = getter.map { $0.asObject } ?? existing?.getter
            let s = setter.map { $0.asObject } ?? existing?.setter
            property = Property(getter: g, setter: s, flags: flags)
        } else {
            if writable ?? (existing.map { !$0.isAccessor && $0.flags.contains(.writable) } ?? false) { flags.insert(.writable) }
            property = Property(value: value ?? (existing?.isAccessor == false ? existing?.value ?? .undefined : .undefined), flags: flags)
        }
        if o.isArray, let i = key.arrayIndex, i < o.elements.count {
            if property.flags == .all && !property.isAccessor {
                o.elements[i] = property.value
                return
            }
            // Move the element out of dense storage so its attributes can be kept.
            o.elements[i] = .hole
        }
        o.defineOwn(key, property)
    }
}
