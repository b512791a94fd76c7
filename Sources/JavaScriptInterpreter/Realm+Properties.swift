extension Realm {
    /// Arrays are dense vectors; longer ones are refused rather than risking memory exhaustion.
    static let maxDenseLength = 10_000_000

    /// `value[key]`, with the V8 message when `value` is undefined or null.
    package func get(_ value: JSValue, _ key: PropertyKey) throws(JSThrow) -> JSValue {
        switch value {
        case .object(let o): return try get(o, key, receiver: value)
        case .string(let s):
            if case .string(let name) = key {
                if name == "length" { return .number(Double(s.length)) }
                if let i = PropertyKey.index(of: name), i < s.length { return .string(JSString(units: [s[i]])) }
            }
            return try get(stringPrototype, key, receiver: value)
        case .number: return try get(numberPrototype, key, receiver: value)
        case .bool: return try get(booleanPrototype, key, receiver: value)
        case .symbol: return try get(symbolPrototype, key, receiver: value)
        case .undefined, .null:
            throw typeError("Cannot read properties of \(value.isUndefined ? "undefined" : "null") (reading '\(key.displayName)')")
        }
    }

    package func get(_ value: JSValue, _ name: String) throws(JSThrow) -> JSValue {
        try get(value, .string(name))
    }

    func get(_ object: JSObject, _ key: PropertyKey, receiver: JSValue) throws(JSThrow) -> JSValue {
        var o = object
        while true {
            if let p = o.getOwn(key) {
                if p.isAccessor {
                    guard let g = p.getter else { return .undefined }
                    return try call(.object(g), this: receiver, [])
                }
                return p.value
            }
            guard let next = o.proto else { return .undefined }
            o = next
        }
    }

    /// `value[keyValue]` with fast paths for array indices.
    func getIndexed(_ value: JSValue, _ keyValue: JSValue) throws(JSThrow) -> JSValue {
        if case .object(let o) = value, case .number(let d) = keyValue, o.isArray {
            let i = Int(exactly: d) ?? -1
            if i >= 0 && i < o.elements.count {
                let v = o.elements[i]
                if !v.isHole { return v }
            }
        } else if case .string(let s) = value, case .number(let d) = keyValue, let i = Int(exactly: d), i >= 0, i < s.length {
            return .string(JSString(units: [s[i]]))
        }
        if value.isNullish {
            let keyText = (try? toPropertyKey(keyValue).displayName) ?? "?"
            throw typeError("Cannot read properties of \(value.isUndefined ? "undefined" : "null") (reading '\(keyText)')")
        }
        return try get(value, toPropertyKey(keyValue))
    }

    func findProperty(_ object: JSObject, _ key: PropertyKey) -> Property? {
        var o: JSObject? = object
        while let cur = o {
            if let p = cur.getOwn(key) { return p }
            o = cur.proto
        }
        return nil
    }

    /// `value[key] = newValue` ([[Set]]); `strict` decides whether failures throw.
    package func set(_ value: JSValue, _ key: PropertyKey, _ newValue: JSValue, strict: Bool = true) throws(JSThrow) {
        guard case .object(let o) = value else {
            if value.isNullish {
                throw typeError("Cannot set properties of \(value.isUndefined ? "undefined" : "null") (setting '\(key.displayName)')")
            }
            if strict {
                if case .string(let s) = value, let i = key.arrayIndex, i < s.length || key == .string("length") {
                    throw typeError("Cannot assign to read only property '\(key.displayName)' of string '\(s.string)'")
                }
                throw typeError("Cannot create property '\(key.displayName)' on \(value.typeOf) '\(try toString(value).string)'")
            }
            return
        }
        try set(o, key, newValue, receiver: value, strict: strict)
    }

    func set(_ o: JSObject, _ key: PropertyKey, _ newValue: JSValue, receiver: JSValue, strict: Bool) throws(JSThrow) {
        // Fast path: own writable data property of an ordinary object.
        if case .array = o.kind {
            if let i = key.arrayIndex {
                try setIndex(o, i, newValue, strict: strict)
                return
            }
            if key == .string("length") {
                try setArrayLength(o, newValue, strict: strict)
                return
            }
        } else if let i = o.slot(of: key), o.values[i].flags.contains(.writable) {
            o.values[i].value = newValue
            return
        }
        var cur: JSObject? = o
        while let c = cur {
            if let p = c.getOwn(key) {
                if p.isAccessor {
                    guard let s = p.setter else {
                        if strict { throw typeError("Cannot set property \(key.displayName) of \(try describeForMessage(receiver)) which has only a getter") }
                        return
                    }
                    _ = try call(.object(s), this: receiver, [newValue])
                    return
                }
                if !p.flags.contains(.writable) {
                    if strict { throw typeError("Cannot assign to read only property '\(key.displayName)' of \(try describeObjectForMessage(receiver))") }
                    return
                }
                break
            }
            cur = c.proto
        }
        guard case .object(let target) = receiver else { return }
        if let existing = target.getOwn(key) {
            if existing.isAccessor || !existing.flags.contains(.writable) { return }
            var p = existing
            p.value = newValue
            target.defineOwn(key, p)
            return
        }
        if !target.extensible {
            if strict { throw typeError("Cannot add property \(key.displayName), object is not extensible") }
            return
        }
        target.defineOwn(key, Property(value: newValue))
    }

    func setIndex(_ o: JSObject, _ i: Int, _ newValue: JSValue, strict: Bool) throws(JSThrow) {
        if i < o.elements.count, !o.elements[i].isHole {
            if frozenElements(o) {
                if strict { throw typeError("Cannot assign to read only property '\(i)' of object '[object Array]'") }
                return
            }
            o.elements[i] = newValue
            return
        }
        let key = PropertyKey.string(String(i))
        if let existing = o.slot(of: key) {
            if o.values[existing].isAccessor {
                if let s = o.values[existing].setter { _ = try call(.object(s), this: .object(o), [newValue]) }
                return
            }
            if !o.values[existing].flags.contains(.writable) {
                if strict { throw typeError("Cannot assign to read only property '\(i)' of object '[object Array]'") }
                return
            }
            o.values[existing].value = newValue
            return
        }
        if !o.extensible || (i >= o.elements.count && !o.lengthWritable) {
            if strict { throw typeError("Cannot add property \(i), object is not extensible") }
            return
        }
        o.defineOwn(key, Property(value: newValue))
    }

    /// Whether an array's elements were frozen.
    func frozenElements(_ o: JSObject) -> Bool {
        !o.lengthWritable && !o.extensible
    }

    func setArrayLength(_ o: JSObject, _ value: JSValue, strict: Bool) throws(JSThrow) {
        let d = try toNumber(value)
        guard let n = Int(exactly: d), n >= 0, n < 4_294_967_296 else { throw rangeError("Invalid array length") }
        if !o.lengthWritable {
            if strict { throw typeError("Cannot assign to read only property 'length' of object '[object Array]'") }
            return
        }
        if n > Realm.maxDenseLength { throw rangeError("Invalid array length") }
        if n < o.elements.count {
            o.elements.removeLast(o.elements.count - n)
            for k in o.keys { if let i = k.arrayIndex, i >= n { _ = o.deleteOwn(k) } }
        } else {
            while o.elements.count < n { o.elements.append(.hole) }
        }
    }

    /// `value[keyValue] = newValue` with fast paths for array indices.
    func setIndexed(_ value: JSValue, _ keyValue: JSValue, _ newValue: JSValue, strict: Bool) throws(JSThrow) {
        if case .object(let o) = value, case .number(let d) = keyValue, o.isArray, let i = Int(exactly: d), i >= 0 {
            if i < o.elements.count, o.extensible, !o.elements[i].isHole {
                o.elements[i] = newValue
                return
            }
            try setIndex(o, i, newValue, strict: strict)
            return
        }
        if value.isNullish {
            throw typeError("Cannot set properties of \(value.isUndefined ? "undefined" : "null") (setting '\(try toPropertyKey(keyValue).displayName)')")
        }
        try set(value, toPropertyKey(keyValue), newValue, strict: strict)
    }

    /// `delete value[key]`.
    func deleteProperty(_ value: JSValue, _ key: PropertyKey, strict: Bool) throws(JSThrow) -> Bool {
        guard case .object(let o) = value else {
            if value.isNullish { throw typeError("Cannot convert undefined or null to object") }
            return true
        }
        if !o.extensible, o.isArray, let i = key.arrayIndex, i < o.elements.count, frozenElements(o) {
            if strict { throw typeError("Cannot delete property '\(i)' of \(try describeObjectForMessage(value))") }
            return false
        }
        let ok = o.deleteOwn(key)
        if !ok && strict { throw typeError("Cannot delete property '\(key.displayName)' of \(try describeForMessage(value))") }
        return ok
    }

    /// `key in object`.
    func hasProperty(_ o: JSObject, _ key: PropertyKey) -> Bool { findProperty(o, key) != nil }

    /// Defines a data property as `CreateDataProperty` does (used by literals and built-ins).
    func createDataProperty(_ o: JSObject, _ key: PropertyKey, _ value: JSValue) {
        o.defineOwn(key, Property(value: value))
    }

    func describeForMessage(_ v: JSValue) throws(JSThrow) -> String {
        switch v {
        case .object(let o):
            if o.isArray { return "[object Array]" }
            return "#<\(constructorName(of: o) ?? "Object")>"
        default: return try toString(v).string
        }
    }

    func describeObjectForMessage(_ v: JSValue) throws(JSThrow) -> String {
        if case .object(let o) = v {
            if o.isArray { return "object '[object Array]'" }
            if o.isCallable { return "function '\(o.functionSourceText)'" }
            return "object '#<\(constructorName(of: o) ?? "Object")>'"
        }
        return "\(v.typeOf) '\(try toString(v).string)'"
    }

    func describeArrayForMessage(_ o: JSObject) throws(JSThrow) -> String { "[object Array]" }

    /// The `name` of the object's `constructor`, if it has one.
    func constructorName(of o: JSObject) -> String? {
        guard let p = findProperty(o, .string("constructor")), !p.isAccessor, case .object(let c) = p.value,
              let n = c.getOwn(.string("name")), case .string(let s) = n.value, s.length > 0 else { return nil }
        return s.string
    }
}

extension JSObject {
    var functionSourceText: String {
        guard let f = functionData else { return "" }
        switch f.body {
        case .script(let code, _): return code.sourceText.string
        default:
            let name = (getOwn(.string("name"))?.value.asString) ?? ""
            return "function \(name)() { [native code] }"
        }
    }
}
