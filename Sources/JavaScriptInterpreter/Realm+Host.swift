import JSON

extension Realm {
    /// Defines a global function implemented in Swift.
    @discardableResult
    package func defineGlobalFunction(_ name: String, length: Int = 0, _ body: @escaping NativeFunction) -> JSObject {
        let f = newFunction(name, length: length, body)
        setGlobal(name, .object(f))
        return f
    }

    /// Defines a data property (enumerable by default, like an assignment would make).
    package func defineValue(_ object: JSObject, _ name: String, _ value: JSValue, enumerable: Bool = true, writable: Bool = true) {
        var flags: PropertyFlags = [.configurable]
        if enumerable { flags.insert(.enumerable) }
        if writable { flags.insert(.writable) }
        object.defineOwn(.string(name), Property(value: value, flags: flags))
    }

    /// Defines a getter (and optionally a setter) implemented in Swift.
    package func defineAccessor(
        _ object: JSObject, _ name: String, enumerable: Bool = true, get: @escaping NativeFunction, set: NativeFunction? = nil
    ) {
        let g = newFunction("get " + name, length: 0, get)
        let s = set.map { newFunction("set " + name, length: 1, $0) }
        object.defineOwn(.string(name), Property(getter: g, setter: s, flags: enumerable ? [.configurable, .enumerable] : [.configurable]))
    }

    /// Defines a property whose value `resolve` computes on first read; the property then becomes a plain data
    /// property holding it. Assigning first replaces it without resolving. Hosts use it to load libraries
    /// only when a script touches them.
    package func defineLazyValue(
        _ object: JSObject, _ name: String, enumerable: Bool, resolve: @escaping () throws(JSThrow) -> JSValue
    ) {
        let accessor = makeLazyAccessor(name, resolve: resolve, holder: { _ in (object, enumerable) })
        installAccessor(object, name, accessor, enumerable: enumerable)
    }

    /// An accessor pair for a lazily computed property that several objects can share (a library defines hundreds
    /// at once, on its internal table and again on its module): `resolve` runs at most once, and the object
    /// `holder` picks for the receiver gets a data property, with the returned enumerability, on first read or
    /// assignment. Install the pair with `installAccessor`.
    package func makeLazyAccessor(
        _ name: String, resolve: @escaping () throws(JSThrow) -> JSValue,
        holder: @escaping (JSValue) -> (object: JSObject, enumerable: Bool)
    ) -> (getter: JSObject, setter: JSObject) {
        let key = PropertyKey.string(name)
        var resolved: JSValue?
        // Bare function objects, without `name` and `length`.
        func bare(_ body: @escaping NativeFunction) -> JSObject {
            newObject(proto: functionPrototype, kind: .function(FunctionData(body: .native(body), isConstructor: false)))
        }
        let getter = bare { call throws(JSThrow) in
            let value: JSValue
            if let resolved { value = resolved } else { value = try resolve() }
            resolved = value
            let target = holder(call.this)
            target.object.defineOwn(key, Property(value: value, flags: target.enumerable ? .all : .hidden))
            return value
        }
        let setter = bare { call throws(JSThrow) in
            let target = holder(call.this)
            target.object.defineOwn(key, Property(value: call[0], flags: target.enumerable ? .all : .hidden))
            return .undefined
        }
        return (getter, setter)
    }

    /// Installs an accessor pair (from `makeLazyAccessor`) as a configurable property.
    package func installAccessor(
        _ object: JSObject, _ name: String, _ accessor: (getter: JSObject, setter: JSObject), enumerable: Bool
    ) {
        let flags: PropertyFlags = enumerable ? [.configurable, .enumerable] : [.configurable]
        object.defineOwn(.string(name), Property(getter: accessor.getter, setter: accessor.setter, flags: flags))
    }

    /// A new object whose prototype is `Object.prototype`, with `properties` in order.
    package func newObject(_ properties: KeyValuePairs<String, JSValue>) -> JSObject {
        let o = newObject()
        for (k, v) in properties { o.defineOwn(.string(k), Property(value: v)) }
        return o
    }

    /// Builds a JavaScript value from JSON (objects keep their member order).
    package func value(from json: JSONValue) -> JSValue {
        switch json {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let d): return .number(d)
        case .string(let s): return .string(JSString(s))
        case .array(let a): return .object(newArray(a.map { value(from: $0) }))
        case .object(let o):
            let obj = newObject()
            for m in o { obj.defineOwn(.string(m.key), Property(value: value(from: m.value))) }
            return .object(obj)
        }
    }

    /// Converts a value to JSON as `JSON.stringify` would see it (`toJSON`, no functions or undefined);
    /// nil when the value itself is not serialisable. Throws on cycles.
    package func jsonValue(from value: JSValue) throws(ScriptError) -> JSONValue? {
        do throws(JSThrow) {
            var s = try JSONStringifier(realm: self, replacer: .undefined, space: .undefined)
            guard let units = try s.serialize(value) else { return nil }
            var parser = JSONTextParser(realm: self, units: units)
            return try Realm.toJSONValue(parser.parseDocument())
        } catch {
            throw scriptError(error)
        }
    }

    static func toJSONValue(_ v: JSValue) -> JSONValue {
        switch v {
        case .null, .undefined, .symbol: return .null
        case .bool(let b): return .bool(b)
        case .number(let d): return .number(d)
        case .string(let s): return .string(s.string)
        case .object(let o):
            if o.isArray { return .array(o.elements.map { toJSONValue($0) }) }
            var members: [JSONMember] = []
            for (k, p) in zip(o.keys, o.values) {
                if case .string(let name) = k { members.append(JSONMember(key: name, value: toJSONValue(p.value))) }
            }
            return .object(JSONObject(members))
        }
    }

    /// The string a value converts to (`String(value)`), for hosts.
    package func stringValue(_ value: JSValue) throws(ScriptError) -> String {
        do throws(JSThrow) {
            return try toString(value).string
        } catch {
            throw scriptError(error)
        }
    }
}

extension JSObject {
    /// An own data property's value (no getters run), for hosts reading results.
    package subscript(_ name: String) -> JSValue? {
        guard let p = getOwn(.string(name)), !p.isAccessor else { return nil }
        return p.value
    }

    /// The elements of an array (holes read as undefined).
    package var arrayElements: [JSValue]? {
        isArray ? elements.map { $0.isHole ? .undefined : $0 } : nil
    }

    /// Own enumerable string keys in property order.
    package var enumerableKeys: [String] {
        ownKeys().compactMap { k in
            guard case .string(let s) = k, getOwn(k)?.flags.contains(.enumerable) == true else { return nil }
            return s
        }
    }
}
