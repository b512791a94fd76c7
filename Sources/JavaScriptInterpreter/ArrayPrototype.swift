extension Realm {
    // MARK: Generic array-like access (fast for real arrays)

    func lengthOf(_ o: JSObject) throws(JSThrow) -> Int {
        if o.isArray { return o.elements.count }
        return try toLength(try get(o, .string("length"), receiver: .object(o)))
    }

    func getAt(_ o: JSObject, _ i: Int) throws(JSThrow) -> JSValue {
        if o.isArray, i < o.elements.count, !o.elements[i].isHole { return o.elements[i] }
        return try get(o, .string(String(i)), receiver: .object(o))
    }

    func hasAt(_ o: JSObject, _ i: Int) -> Bool {
        if o.isArray, i < o.elements.count, !o.elements[i].isHole { return true }
        return hasProperty(o, .string(String(i)))
    }

    func setAt(_ o: JSObject, _ i: Int, _ v: JSValue) throws(JSThrow) {
        if o.isArray { try setIndex(o, i, v, strict: true) } else { try set(o, .string(String(i)), v, receiver: .object(o), strict: true) }
    }

    func deleteAt(_ o: JSObject, _ i: Int) throws(JSThrow) {
        if o.isArray, i < o.elements.count {
            if frozenElements(o) || o.sealedElements { throw typeError("Cannot delete property '\(i)' of [object Array]") }
            o.elements[i] = .hole
            return
        }
        _ = try deleteProperty(.object(o), .string(String(i)), strict: true)
    }

    func setLength(_ o: JSObject, _ n: Int) throws(JSThrow) {
        if o.isArray { try setArrayLength(o, .number(Double(n)), strict: true) } else { try set(o, .string("length"), .number(Double(n)), receiver: .object(o), strict: true) }
    }

    func callback(_ c: NativeCall, _ name: String) throws(JSThrow) -> JSValue {
        let f = c[0]
        guard case .object(let fo) = f, fo.isCallable else {
            throw typeError("\(displayString(f)) is not a function")
        }
        return f
    }

    func setUpArray() {
        let proto = arrayPrototype!
        let ctor = makeConstructor("Array", length: 1, prototype: proto) { c throws(JSThrow) in
            let r = c.realm
            let a = r.newObject(proto: try r.prototype(from: c.newTarget, fallback: r.arrayPrototype), kind: .array)
            if c.count == 1, case .number(let d) = c[0] {
                guard let n = Int(exactly: d), n >= 0, n < 4_294_967_296 else { throw r.rangeError("Invalid array length") }
                if n > Realm.maxDenseLength { throw r.rangeError("Invalid array length") }
                try r.chargeAllocation(n)
                a.elements = ContiguousArray(repeating: .hole, count: n)
            } else {
                a.elements = ContiguousArray(c.arguments)
            }
            return .object(a)
        }
        defineMethod(ctor, "isArray", length: 1) { c throws(JSThrow) in .bool(c[0].asObject?.isArray ?? false) }
        defineMethod(ctor, "of", length: 0) { c throws(JSThrow) in .object(c.realm.newArray(c.arguments)) }
        defineMethod(ctor, "from", length: 1) { c throws(JSThrow) in
            let r = c.realm
            let items = c[0]
            let mapFn = c[1]
            if !mapFn.isUndefined, !(mapFn.asObject?.isCallable ?? false) { throw r.typeError("\(r.displayString(mapFn)) is not a function") }
            if items.isNullish { throw r.typeError("\(r.displayString(items)) is not iterable (cannot read property Symbol(Symbol.iterator))") }
            var values: [JSValue]
            let iter = try r.get(items, .symbol(JSSymbol.iterator))
            if !iter.isNullish {
                values = try r.iterableToArray(items)
            } else {
                let o = try r.toObject(items)
                let n = try r.lengthOf(o)
                if n > Realm.maxDenseLength { throw r.rangeError("Invalid array length") }
                values = []
                for i in 0..<n { values.append(try r.getAt(o, i)) }
            }
            if !mapFn.isUndefined {
                for i in values.indices { values[i] = try r.call(mapFn, this: c[2], [values[i], .number(Double(i))]) }
            }
            return .object(r.newArray(values))
        }
        arrayValuesFunction = defineMethod(proto, "values", length: 0) { c throws(JSThrow) in
            let o = try c.realm.toObject(c.this)
            return c.realm.arrayIterator(o, kind: 1)
        }
        proto.defineOwn(.symbol(JSSymbol.iterator), Property(value: .object(arrayValuesFunction), flags: .hidden))
        defineMethod(proto, "keys", length: 0) { c throws(JSThrow) in c.realm.arrayIterator(try c.realm.toObject(c.this), kind: 0) }
        defineMethod(proto, "entries", length: 0) { c throws(JSThrow) in c.realm.arrayIterator(try c.realm.toObject(c.this), kind: 2) }
        defineMethod(proto, "push", length: 1) { c throws(JSThrow) in
            let o = try c.realm.toObject(c.this)
            if o.isArray && o.extensible && o.lengthWritable {
                o.elements.append(contentsOf: c.arguments)
                return .number(Double(o.elements.count))
            }
            var n = try c.realm.lengthOf(o)
            for v in c.arguments {
                try c.realm.setAt(o, n, v)
                n += 1
            }
            try c.realm.setLength(o, n)
            return .number(Double(n))
        }
        defineMethod(proto, "pop", length: 0) { c throws(JSThrow) in
            let o = try c.realm.toObject(c.this)
            let n = try c.realm.lengthOf(o)
            if n == 0 {
                try c.realm.setLength(o, 0)
                return .undefined
            }
            let v = try c.realm.getAt(o, n - 1)
            if o.isArray && !c.realm.frozenElements(o) && !o.sealedElements {
                o.elements.removeLast()
                return v
            }
            try c.realm.deleteAt(o, n - 1)
            try c.realm.setLength(o, n - 1)
            return v
        }
        defineMethod(proto, "shift", length: 0) { c throws(JSThrow) in
            let o = try c.realm.toObject(c.this)
            let n = try c.realm.lengthOf(o)
            if n == 0 { return .undefined }
            let v = try c.realm.getAt(o, 0)
            if o.isArray && o.keys.isEmpty && !c.realm.frozenElements(o) && !o.sealedElements {
                o.elements.removeFirst()
                return v.isHole ? .undefined : v
            }
            for i in 1..<n {
                if c.realm.hasAt(o, i) { try c.realm.setAt(o, i - 1, try c.realm.getAt(o, i)) } else { try c.realm.deleteAt(o, i - 1) }
            }
            try c.realm.deleteAt(o, n - 1)
            try c.realm.setLength(o, n - 1)
            return v
        }
        defineMethod(proto, "unshift", length: 1) { c throws(JSThrow) in
            let o = try c.realm.toObject(c.this)
            if o.isArray && o.keys.isEmpty && o.extensible && o.lengthWritable {
                o.elements.insert(contentsOf: c.arguments, at: 0)
                return .number(Double(o.elements.count))
            }
            let n = try c.realm.lengthOf(o)
            let k = c.count
            var i = n - 1
            while i >= 0 {
                if c.realm.hasAt(o, i) { try c.realm.setAt(o, i + k, try c.realm.getAt(o, i)) } else { try c.realm.deleteAt(o, i + k) }
                i -= 1
            }
            for (j, v) in c.arguments.enumerated() { try c.realm.setAt(o, j, v) }
            try c.realm.setLength(o, n + k)
            return .number(Double(n + k))
        }
        defineMethod(proto, "slice", length: 2) { c throws(JSThrow) in
            let r = c.realm
            let o = try r.toObject(c.this)
            let n = try r.lengthOf(o)
            let start = try r.relativeIndex(c[0], length: n, default: 0)
            let end = try r.relativeIndex(c[1], length: n, default: n)
            if o.isArray && o.keys.isEmpty {
                return .object(r.newArray(start < end ? Array(o.elements[start..<end]) : []))
            }
            var out: [JSValue] = []
            var i = start
            while i < end {
                out.append(r.hasAt(o, i) ? try r.getAt(o, i) : .hole)
                i += 1
            }
            return .object(r.newArray(out))
        }
        defineMethod(proto, "splice", length: 2) { c throws(JSThrow) in
            let r = c.realm
            let o = try r.toObject(c.this)
            let n = try r.lengthOf(o)
            let start = try r.relativeIndex(c[0], length: n, default: 0)
            var deleteCount: Int
            if c.count == 0 { deleteCount = 0 } else if c.count == 1 { deleteCount = n - start } else {
                deleteCount = Int(max(0, min(try r.toIntegerOrInfinity(c[1]), Double(n - start))))
            }
            deleteCount = max(0, deleteCount)
            let items = Array(c.arguments.dropFirst(2))
            if o.isArray && o.keys.isEmpty && o.extensible && o.lengthWritable && !o.sealedElements {
                let removed = Array(o.elements[start..<(start + deleteCount)])
                o.elements.replaceSubrange(start..<(start + deleteCount), with: items)
                return .object(r.newArray(removed))
            }
            var removed: [JSValue] = []
            for i in 0..<deleteCount { removed.append(try r.getAt(o, start + i)) }
            var all: [JSValue] = []
            for i in 0..<n { all.append(try r.getAt(o, i)) }
            all.replaceSubrange(start..<(start + deleteCount), with: items)
            for (i, v) in all.enumerated() { try r.setAt(o, i, v) }
            for i in all.count..<max(all.count, n) { try r.deleteAt(o, i) }
            try r.setLength(o, all.count)
            return .object(r.newArray(removed))
        }
        defineMethod(proto, "concat", length: 1) { c throws(JSThrow) in
            let r = c.realm
            var out: [JSValue] = []
            for item in [c.this] + c.arguments {
                let spreadable: Bool
                if case .object(let o) = item {
                    if o.isArray { spreadable = true } else { spreadable = try r.get(item, .symbol(JSSymbol.isConcatSpreadable)).truthy }
                } else {
                    spreadable = false
                }
                if spreadable, case .object(let o) = item {
                    let n = try r.lengthOf(o)
                    for i in 0..<n { out.append(r.hasAt(o, i) ? try r.getAt(o, i) : .hole) }
                } else {
                    out.append(item)
                }
            }
            return .object(r.newArray(out))
        }
        defineMethod(proto, "join", length: 1) { c throws(JSThrow) in
            let r = c.realm
            let o = try r.toObject(c.this)
            let sep = c[0].isUndefined ? JSString(",") : try r.toString(c[0])
            return .string(try r.join(o, separator: sep))
        }
        defineMethod(proto, "toString", length: 0) { c throws(JSThrow) in
            let o = try c.realm.toObject(c.this)
            let j = try c.realm.get(.object(o), "join")
            if case .object(let f) = j, f.isCallable { return try c.realm.call(j, this: .object(o), []) }
            return .string(JSString(try c.realm.objectToString(c.this)))
        }
        defineMethod(proto, "toLocaleString", length: 0) { c throws(JSThrow) in
            let o = try c.realm.toObject(c.this)
            return .string(try c.realm.join(o, separator: JSString(",")))
        }
        defineMethod(proto, "reverse", length: 0) { c throws(JSThrow) in
            let o = try c.realm.toObject(c.this)
            if o.isArray && o.keys.isEmpty && !c.realm.frozenElements(o) {
                o.elements.reverse()
                return c.this
            }
            let n = try c.realm.lengthOf(o)
            var values: [JSValue] = []
            for i in 0..<n { values.append(try c.realm.getAt(o, i)) }
            for (i, v) in values.reversed().enumerated() { try c.realm.setAt(o, i, v) }
            return .object(o)
        }
        defineMethod(proto, "indexOf", length: 1) { c throws(JSThrow) in
            let o = try c.realm.toObject(c.this)
            let n = try c.realm.lengthOf(o)
            var i = try c.realm.relativeIndex(c[1], length: n, default: 0)
            while i < n {
                if c.realm.hasAt(o, i), Realm.strictEquals(try c.realm.getAt(o, i), c[0]) { return .number(Double(i)) }
                i += 1
            }
            return .number(-1)
        }
        defineMethod(proto, "lastIndexOf", length: 1) { c throws(JSThrow) in
            let o = try c.realm.toObject(c.this)
            let n = try c.realm.lengthOf(o)
            var i = c.count > 1 ? try c.realm.relativeIndex(c[1], length: n, default: n - 1) : n - 1
            if c.count > 1, let d = c[1].asNumber, d < 0, Double(n) + d < 0 { return .number(-1) }
            i = min(i, n - 1)
            while i >= 0 {
                if c.realm.hasAt(o, i), Realm.strictEquals(try c.realm.getAt(o, i), c[0]) { return .number(Double(i)) }
                i -= 1
            }
            return .number(-1)
        }
        defineMethod(proto, "includes", length: 1) { c throws(JSThrow) in
            let o = try c.realm.toObject(c.this)
            let n = try c.realm.lengthOf(o)
            var i = try c.realm.relativeIndex(c[1], length: n, default: 0)
            while i < n {
                if sameValueZero(try c.realm.getAt(o, i), c[0]) { return .true }
                i += 1
            }
            return .false
        }
        defineMethod(proto, "at", length: 1) { c throws(JSThrow) in
            let o = try c.realm.toObject(c.this)
            let n = try c.realm.lengthOf(o)
            let d = try c.realm.toIntegerOrInfinity(c[0])
            let k = d >= 0 ? d : Double(n) + d
            if k < 0 || k >= Double(n) { return .undefined }
            return try c.realm.getAt(o, Int(k))
        }
        defineMethod(proto, "fill", length: 1) { c throws(JSThrow) in
            let o = try c.realm.toObject(c.this)
            let n = try c.realm.lengthOf(o)
            let start = try c.realm.relativeIndex(c[1], length: n, default: 0)
            let end = try c.realm.relativeIndex(c[2], length: n, default: n)
            try c.realm.chargeAllocation(end - start)
            var i = start
            while i < end {
                try c.realm.setAt(o, i, c[0])
                i += 1
            }
            return .object(o)
        }
        defineMethod(proto, "copyWithin", length: 2) { c throws(JSThrow) in
            let r = c.realm
            let o = try r.toObject(c.this)
            let n = try r.lengthOf(o)
            let target = try r.relativeIndex(c[0], length: n, default: 0)
            let start = try r.relativeIndex(c[1], length: n, default: 0)
            let end = try r.relativeIndex(c[2], length: n, default: n)
            let count = min(end - start, n - target)
            if count > 0 {
                var values: [JSValue] = []
                for i in 0..<count { values.append(try r.getAt(o, start + i)) }
                for i in 0..<count { try r.setAt(o, target + i, values[i]) }
            }
            return .object(o)
        }
        setUpArrayIterationMethods(proto)
    }

    func join(_ o: JSObject, separator: JSString) throws(JSThrow) -> JSString {
        if joinStack.contains(where: { $0 === o }) { return JSString("") }
        joinStack.append(o)
        defer { joinStack.removeLast() }
        let n = try lengthOf(o)
        var units = ContiguousArray<UInt16>()
        let sep = separator.units
        for i in 0..<n {
            if i > 0 { units.append(contentsOf: sep) }
            let v = try getAt(o, i)
            if v.isNullish || v.isHole { continue }
            units.append(contentsOf: try toString(v).units)
            if units.count > 4096 { try rejectOversizedString(units.count) }
        }
        try chargeAllocation(units.count)
        return JSString(units: units)
    }

    /// kind: 0 keys, 1 values, 2 entries.
    func arrayIterator(_ o: JSObject, kind: Int) -> JSValue {
        var i = 0
        var done = false
        return makeIterator { [unowned(unsafe) self] () throws(JSThrow) -> JSValue? in
            if done { return nil }
            let n: Int
            if case .string(let s) = o.kind { n = s.length } else { n = try self.lengthOf(o) }
            if i >= n {
                done = true
                return nil
            }
            let index = i
            i += 1
            switch kind {
            case 0: return .number(Double(index))
            case 1: return try self.getAt(o, index)
            default: return .object(self.newArray([.number(Double(index)), try self.getAt(o, index)]))
            }
        }
    }
}
