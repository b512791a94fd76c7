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
            do throws(JSThrow) {
                _ = try objectMethod(c, "defineProperty")
                return .bool(true)
            } catch {
                // Object.defineProperty throws where Reflect reports false; only TypeErrors mean "refused".
                guard case .exception(let thrown) = error, case .object(let e) = thrown,
                      e.proto === c.realm.errorPrototypes["TypeError"] else { throw error }
                return .bool(false)
            }
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
            do throws(JSThrow) {
                try c.realm.set(o, key, c[2], receiver: c.arguments.count > 3 ? c[3] : c[0], strict: true)
                return .bool(true)
            } catch {
                guard case .exception(let thrown) = error, case .object(let e) = thrown,
                      e.proto === c.realm.errorPrototypes["TypeError"] else { throw error }
                return .bool(false)
            }
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
            let o = try target(c, "setPrototypeOf")
            if o === c.realm.objectPrototype { return .bool(c[1].asObject === o.proto) }
            if case .object(let p) = c[1] {
                var cur: JSObject? = p
                while let x = cur {
                    if x === o { return .bool(false) }
                    cur = x.proto
                }
            }
            do throws(JSThrow) {
                _ = try objectMethod(c, "setPrototypeOf")
                return .bool(true)
            } catch {
                guard case .exception(let thrown) = error, case .object(let e) = thrown,
                      e.proto === c.realm.errorPrototypes["TypeError"], case .object = c[1] else { throw error }
                return .bool(false)
            }
        }
    }
}
