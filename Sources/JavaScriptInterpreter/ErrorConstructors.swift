extension Realm {
    func setUpErrors() {
        let proto = errorPrototype!
        errorPrototypes["Error"] = proto
        let base = makeErrorConstructor("Error", prototype: proto, parent: nil)
        defineMethod(proto, "toString", length: 0) { c throws(JSThrow) in
            guard case .object = c.this else { throw c.realm.typeError("Error.prototype.toString requires that 'this' be an Object") }
            let n = try c.realm.get(c.this, "name")
            let m = try c.realm.get(c.this, "message")
            let name = n.isUndefined ? "Error" : try c.realm.toString(n).string
            let message = m.isUndefined ? "" : try c.realm.toString(m).string
            if name.isEmpty { return .string(JSString(message)) }
            if message.isEmpty { return .string(JSString(name)) }
            return .string(JSString("\(name): \(message)"))
        }
        defineMethod(base, "captureStackTrace", length: 1) { c throws(JSThrow) in
            if case .object(let o) = c[0] {
                let header = try c.realm.toString(try c.realm.call(try c.realm.get(c[0], "toString"), this: c[0], [])).string
                o.set("stack", .string(JSString(c.realm.stackText(header: header))))
            }
            return .undefined
        }
        base.set("stackTraceLimit", .number(10), flags: .all)
        for name in ["TypeError", "RangeError", "ReferenceError", "SyntaxError", "EvalError", "URIError", "AggregateError"] {
            let p = newObject(proto: proto)
            errorPrototypes[name] = p
            _ = makeErrorConstructor(name, prototype: p, parent: base)
        }
    }

    func makeErrorConstructor(_ name: String, prototype: JSObject, parent: JSObject?) -> JSObject {
        let ctor = makeConstructor(name, length: 1, prototype: prototype) { c throws(JSThrow) in
            let r = c.realm
            let fallback = r.errorPrototypes[name] ?? r.errorPrototype!
            let proto = try r.prototype(from: c.newTarget, fallback: fallback)
            let e = r.newObject(proto: proto, kind: .error(r.stackFrames()))
            // AggregateError(errors, message, options) takes its list first.
            let first = name == "AggregateError" ? 1 : 0
            if !c[first].isUndefined {
                e.set("message", .string(JSString(try r.toString(c[first]).string)))
            }
            if case .object(let options) = c[first + 1], r.hasProperty(options, .string("cause")) {
                e.set("cause", try r.get(c[first + 1], "cause"))
            }
            if first == 1 {
                e.set("errors", .object(r.newArray(try r.iterableToArray(c[0]))))
            }
            r.installStack(e)
            return .object(e)
        }
        if let parent { ctor.proto = parent }
        prototype.set("name", .string(JSString(name)))
        prototype.set("message", .string(JSString("")))
        return ctor
    }

    func setUpSymbol() {
        let proto = symbolPrototype!
        var registry: [String: JSSymbol] = [:]
        let ctor = makeConstructor("Symbol", length: 0, prototype: proto) { c throws(JSThrow) in
            if c.newTarget != nil { throw c.realm.typeError("Symbol is not a constructor") }
            let d: String? = c[0].isUndefined ? nil : try c.realm.toString(c[0]).string
            return .symbol(JSSymbol(description: d))
        }
        ctor.functionData?.isConstructor = false
        for (name, sym) in [("iterator", JSSymbol.iterator), ("hasInstance", JSSymbol.hasInstance), ("toPrimitive", JSSymbol.toPrimitive),
                            ("toStringTag", JSSymbol.toStringTag), ("asyncIterator", JSSymbol.asyncIterator), ("species", JSSymbol.species),
                            ("isConcatSpreadable", JSSymbol.isConcatSpreadable), ("unscopables", JSSymbol.unscopables)] {
            ctor.set(name, .symbol(sym), flags: [])
        }
        defineMethod(ctor, "for", length: 1) { c throws(JSThrow) in
            let key = try c.realm.toString(c[0]).string
            if let s = registry[key] { return .symbol(s) }
            let s = JSSymbol(description: key)
            registry[key] = s
            return .symbol(s)
        }
        defineMethod(ctor, "keyFor", length: 1) { c throws(JSThrow) in
            guard case .symbol(let s) = c[0] else { throw c.realm.typeError("\(c.realm.displayString(c[0])) is not a symbol") }
            for (k, v) in registry where v === s { return .string(JSString(k)) }
            return .undefined
        }
        func thisSymbol(_ c: NativeCall) throws(JSThrow) -> JSSymbol {
            if case .symbol(let s) = c.this { return s }
            if case .object(let o) = c.this, case .symbol(let s) = o.kind { return s }
            throw c.realm.typeError("Symbol.prototype.valueOf requires that 'this' be a Symbol")
        }
        defineMethod(proto, "toString", length: 0) { c throws(JSThrow) in
            .string(JSString("Symbol(\(try thisSymbol(c).description ?? ""))"))
        }
        defineMethod(proto, "valueOf", length: 0) { c throws(JSThrow) in .symbol(try thisSymbol(c)) }
        defineGetter(proto, "description") { c throws(JSThrow) in
            try thisSymbol(c).description.map { .string(JSString($0)) } ?? .undefined
        }
        proto.defineOwn(.symbol(JSSymbol.toStringTag), Property(value: .string(JSString("Symbol")), flags: .configurable))

        // %IteratorPrototype% and the shared `next` of built-in iterators.
        defineMethod(iteratorPrototype, symbol: JSSymbol.iterator, name: "[Symbol.iterator]", length: 0) { c throws(JSThrow) in c.this }
        defineMethod(arrayIteratorPrototype, "next", length: 0) { c throws(JSThrow) in
            guard case .object(let o) = c.this, case .iterator(let state) = o.kind else {
                throw c.realm.typeError("next method called on incompatible receiver \(c.realm.displayString(c.this))")
            }
            if let v = try state.next() { return c.realm.iteratorResult(v, done: false) }
            return c.realm.iteratorResult(.undefined, done: true)
        }
        arrayIteratorPrototype.defineOwn(.symbol(JSSymbol.toStringTag), Property(value: .string(JSString("Array Iterator")), flags: .configurable))
    }
}
