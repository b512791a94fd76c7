/// `Reflect`: the object operations as functions. Most of them are `Object`'s static methods with a boolean
/// result instead of a throw, and a TypeError when the target is not an object.
extension Realm {
    func setUpReflect() {
        let reflect = newObject(proto: objectPrototype)
        setGlobal("Reflect", .object(reflect))
        reflect.defineOwn(.symbol(JSSymbol.toStringTag), Property(value: .string(JSString("Reflect")), flags: .configurable))
        func target(_ c: NativeCall, _ name: String) throws(JSThrow) -> JSObject {
            guard case .object(let o) = c[0] else { throw c.realm.typeError("Reflect.\(name) called on non-object") }
            return o
        }
        /// Calls `Object.<name>` with this call's arguments.
        func objectMethod(_ c: NativeCall, _ name: String) throws(JSThrow) -> JSValue {
            let object = try c.realm.get(c.realm.global.getOwn(.string("Object"))?.value ?? .undefined, name)
            return try c.realm.call(object, this: .undefined, c.arguments)
        }
        /// Runs an operation that throws a TypeError to refuse; Reflect reports that refusal as `false`.
        func refusalAsFalse(_ c: NativeCall, _ operation: () throws(JSThrow) -> Void) throws(JSThrow) -> JSValue {
            do throws(JSThrow) {
                try operation()
                return .bool(true)
            } catch {
                guard case .exception(let thrown) = error, case .object(let e) = thrown,
                      e.proto === c.realm.errorPrototypes["TypeError"] else { throw error }
                return .bool(false)
            }
        }
        defineMethod(reflect, "apply", length: 3) { c throws(JSThrow) in
            guard case .object = c[2] else { throw c.realm.typeError("CreateListFromArrayLike called on non-object") }
            return try c.realm.call(c[0], this: c[1], try c.realm.iterableToArray(c[2]))
        }
        defineMethod(reflect, "construct", length: 2) { c throws(JSThrow) in
            guard case .object = c[1] else { throw c.realm.typeError("CreateListFromArrayLike called on non-object") }
            let newTarget: JSObject? = c.arguments.count > 2 ? c[2].asObject : nil
            return try c.realm.construct(c[0], try c.realm.iterableToArray(c[1]), newTarget: newTarget)
        }
        defineMethod(reflect, "defineProperty", length: 3) { c throws(JSThrow) in
            _ = try target(c, "defineProperty")
            return try refusalAsFalse(c) { () throws(JSThrow) in _ = try objectMethod(c, "defineProperty") }
        }
        defineMethod(reflect, "deleteProperty", length: 2) { c throws(JSThrow) in
            _ = try target(c, "deleteProperty")
            return .bool(try c.realm.deleteProperty(c[0], try c.realm.toPropertyKey(c[1]), strict: false))
        }
        defineMethod(reflect, "get", length: 2) { c throws(JSThrow) in
            let o = try target(c, "get")
            return try c.realm.get(o, try c.realm.toPropertyKey(c[1]), receiver: c.arguments.count > 2 ? c[2] : c[0])
        }
        defineMethod(reflect, "set", length: 3) { c throws(JSThrow) in
            let o = try target(c, "set")
            let key = try c.realm.toPropertyKey(c[1])
            let receiver = c.arguments.count > 3 ? c[3] : c[0]
            return try refusalAsFalse(c) { () throws(JSThrow) in try c.realm.set(o, key, c[2], receiver: receiver, strict: true) }
        }
        defineMethod(reflect, "has", length: 2) { c throws(JSThrow) in
            .bool(c.realm.hasProperty(try target(c, "has"), try c.realm.toPropertyKey(c[1])))
        }
        defineMethod(reflect, "ownKeys", length: 1) { c throws(JSThrow) in
            .object(c.realm.newArray(try target(c, "ownKeys").ownKeys().map(\.jsValue)))
        }
        for name in ["getOwnPropertyDescriptor", "getPrototypeOf", "isExtensible"] {
            defineMethod(reflect, name, length: name == "getOwnPropertyDescriptor" ? 2 : 1) { c throws(JSThrow) in
                _ = try target(c, name)
                return try objectMethod(c, name)
            }
        }
        defineMethod(reflect, "preventExtensions", length: 1) { c throws(JSThrow) in
            _ = try target(c, "preventExtensions")
            _ = try objectMethod(c, "preventExtensions")
            return .bool(true)
        }
        defineMethod(reflect, "setPrototypeOf", length: 2) { c throws(JSThrow) in
            _ = try target(c, "setPrototypeOf")
            // A prototype that is neither an object nor null is the caller's mistake, not a refusal.
            switch c[1] {
            case .object, .null: break
            default:
                throw c.realm.typeError("Object prototype may only be an Object or null: \(c.realm.displayString(c[1]))")
            }
            // Object.setPrototypeOf refuses cycles and Object.prototype with a TypeError.
            return try refusalAsFalse(c) { () throws(JSThrow) in _ = try objectMethod(c, "setPrototypeOf") }
        }
    }
}
