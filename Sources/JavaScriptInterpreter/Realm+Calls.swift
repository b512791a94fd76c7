import JavaScriptParser

extension Realm {
    /// Calls `function` with `this` and `arguments`; throws a TypeError when it is not callable.
    package func call(_ function: JSValue, this: JSValue, _ arguments: [JSValue]) throws(JSThrow) -> JSValue {
        guard case .object(let f) = function, let data = f.functionData else {
            throw typeError("\(displayString(function)) is not a function")
        }
        return try call(f, data, this: this, arguments, newTarget: nil)
    }

    func call(_ f: JSObject, _ data: FunctionData, this: JSValue, _ arguments: [JSValue], newTarget: JSObject?) throws(JSThrow) -> JSValue {
        switch data.body {
        case .script(let code, let scope):
            if newTarget == nil && (code.kind == .classConstructor || code.kind == .derivedConstructor) {
                throw typeError("Class constructor \(code.name) cannot be invoked without 'new'")
            }
            return try callScript(f, data, code, scope, this: this, arguments, newTarget: newTarget)
        case .native(let body):
            if callDepth >= limits.maxCallDepth { throw .limit(.callDepth) }
            callDepth += 1
            defer { callDepth -= 1 }
            return try body(NativeCall(realm: self, this: this, arguments: arguments, newTarget: newTarget))
        case .bound(let target, let boundThis, let boundArgs):
            guard let td = target.functionData else { throw typeError("Bound target is not a function") }
            return try call(target, td, this: boundThis, boundArgs + arguments, newTarget: newTarget.map { $0 === f ? target : $0 })
        }
    }

    func callScript(_ f: JSObject, _ data: FunctionData, _ code: CompiledFunction, _ parent: Scope?, this: JSValue,
                    _ arguments: [JSValue], newTarget: JSObject?) throws(JSThrow) -> JSValue {
        try code.ensureCompiled(self)
        let scope = Scope.make(count: code.slotCount, parent: parent)
        if code.simpleParamCount >= 0 {
            let n = min(code.simpleParamCount, arguments.count)
            var i = 0
            while i < n {
                scope.slots[i + 1] = arguments[i]
                i += 1
            }
        }
        return try enterScript(f, data, code, scope, this: this, arguments, newTarget: newTarget)
    }

    /// Whether a call can bind its arguments straight into the callee's scope (no `arguments` object, simple params).
    @inline(__always)
    static func canBindDirectly(_ code: CompiledFunction) -> Bool {
        code.isCompiled && code.simpleParamCount >= 0 && code.argumentsSlot < 0
            && (code.kind == .normal || code.kind == .arrow || code.kind == .method)
    }

    /// Runs a script function whose scope already holds its simple parameters (`arguments` is only used for
    /// non-simple parameter lists and the `arguments` object).
    func enterScript(_ f: JSObject, _ data: FunctionData, _ code: CompiledFunction, _ scope: Scope, this: JSValue,
                     _ arguments: [JSValue], newTarget: JSObject?) throws(JSThrow) -> JSValue {
        if callDepth >= limits.maxCallDepth { throw .limit(.callDepth) }
        try step()
        callDepth += 1
        frames.append(StackFrame(function: code, callSite: location))
        defer {
            callDepth -= 1
            frames.removeLast()
        }
        if code.thisSlot >= 0 && (code.usesThis || code.kind == .derivedConstructor) {
            if code.kind == .derivedConstructor {
                scope.slots[code.thisSlot] = .hole
            } else if !code.isStrict && this.isNullish {
                scope.slots[code.thisSlot] = .object(global)
            } else {
                scope.slots[code.thisSlot] = this
            }
        }
        if code.newTargetSlot >= 0 { scope.slots[code.newTargetSlot] = newTarget.map { .object($0) } ?? .undefined }
        if code.homeSlot >= 0 { scope.slots[code.homeSlot] = data.homeObject.map { .object($0) } ?? .undefined }
        if code.selfSlot >= 0 { scope.slots[code.selfSlot] = .object(f) }
        if code.argumentsSlot >= 0 {
            let a = newObject(proto: objectPrototype, kind: .arguments)
            for (i, v) in arguments.enumerated() { a.defineOwn(.string(String(i)), Property(value: v)) }
            a.set("length", .number(Double(arguments.count)))
            a.defineOwn(.symbol(JSSymbol.iterator), Property(value: arrayPrototype.getOwn(.string("values"))?.value ?? .undefined, flags: .hidden))
            if !code.isStrict { a.set("callee", .object(f)) }
            scope.slots[code.argumentsSlot] = .object(a)
        }
        if code.simpleParamCount < 0 {
            try code.setup(scope, arguments)
        }
        if code.kind == .classConstructor, let initializer = data.fieldInitializer {
            _ = try call(.object(initializer), this: this, [])
        }
        let completion = try code.body(scope)
        if case .returnValue(let v) = completion {
            if code.kind == .derivedConstructor {
                if case .object = v { return v }
                if !v.isUndefined { throw typeError("Derived constructors may only return object or undefined") }
            } else {
                return v
            }
        }
        if code.kind == .derivedConstructor {
            let t = scope.slots[code.thisSlot]
            if t.isHole {
                throw referenceError("Must call super constructor in derived class before accessing 'this' or returning from derived constructor")
            }
            return t
        }
        return .undefined
    }

    /// `new function(...arguments)`.
    package func construct(_ function: JSValue, _ arguments: [JSValue], newTarget: JSObject? = nil) throws(JSThrow) -> JSValue {
        guard case .object(let f) = function, let data = f.functionData, data.isConstructor else {
            throw typeError("\(displayString(function)) is not a constructor")
        }
        let target = newTarget ?? f
        switch data.body {
        case .script(let code, _):
            if code.kind == .derivedConstructor {
                return try call(f, data, this: .undefined, arguments, newTarget: target)
            }
            let proto = try prototype(from: target, fallback: objectPrototype)
            let obj = newObject(proto: proto)
            let r = try call(f, data, this: .object(obj), arguments, newTarget: target)
            if case .object = r { return r }
            return .object(obj)
        case .native:
            return try call(f, data, this: .undefined, arguments, newTarget: target)
        case .bound(let t, _, let boundArgs):
            return try construct(.object(t), boundArgs + arguments, newTarget: target === f ? t : target)
        }
    }

    /// `value instanceof target`.
    func instanceOf(_ value: JSValue, _ target: JSValue) throws(JSThrow) -> Bool {
        guard case .object(let t) = target else {
            throw typeError("Right-hand side of 'instanceof' is not \(target.isNullish ? "an object" : "callable")")
        }
        let h = try get(t, .symbol(JSSymbol.hasInstance), receiver: target)
        if !h.isNullish, !(h.asObject === functionPrototypeHasInstance) {
            return try call(h, this: target, [value]).truthy
        }
        guard t.isCallable else { throw typeError("Right-hand side of 'instanceof' is not callable") }
        return try ordinaryHasInstance(t, value)
    }

    var functionPrototypeHasInstance: JSObject? {
        functionPrototype.getOwn(.symbol(JSSymbol.hasInstance))?.value.asObject
    }

    func ordinaryHasInstance(_ t: JSObject, _ value: JSValue) throws(JSThrow) -> Bool {
        if case .bound(let target, _, _) = t.functionData?.body { return try instanceOf(value, .object(target)) }
        guard case .object(var o) = value else { return false }
        guard case .object(let proto) = try get(t, .string("prototype"), receiver: .object(t)) else {
            throw typeError("Function has non-object prototype 'undefined' in instanceof check")
        }
        while let p = o.proto {
            if p === proto { return true }
            o = p
        }
        return false
    }

    // MARK: Iteration

    /// Iterates `iterable` with the iterator protocol (fast path for plain arrays); `body` returns false to stop.
    func iterate(_ iterable: JSValue, _ body: (JSValue) throws(JSThrow) -> Bool) throws(JSThrow) {
        if case .object(let o) = iterable, o.isArray, isPristineArrayIteration(o) {
            var i = 0
            while i < o.elements.count {
                let v = o.elements[i]
                if !(try body(v.isHole ? .undefined : v)) { return }
                i += 1
            }
            return
        }
        if case .string(let s) = iterable {
            let u = s.units
            var i = 0
            while i < u.count {
                var end = i + 1
                if u[i] >= 0xD800 && u[i] < 0xDC00 && i + 1 < u.count && u[i + 1] >= 0xDC00 && u[i + 1] < 0xE000 { end = i + 2 }
                if !(try body(.string(JSString(units: u[i..<end])))) { return }
                i = end
            }
            return
        }
        let iterator = try getIterator(iterable)
        let next = try get(iterator, "next")
        while true {
            let result = try call(next, this: iterator, [])
            guard case .object = result else { throw typeError("Iterator result \(displayString(result)) is not an object") }
            if try get(result, "done").truthy { return }
            let value = try get(result, "value")
            var keepGoing = false
            do {
                keepGoing = try body(value)
            } catch {
                if case .exception = error { try? closeIterator(iterator) }
                throw error
            }
            if !keepGoing {
                try closeIterator(iterator)
                return
            }
        }
    }

    func closeIterator(_ iterator: JSValue) throws(JSThrow) {
        let ret = try get(iterator, "return")
        if !ret.isNullish { _ = try call(ret, this: iterator, []) }
    }

    func getIterator(_ iterable: JSValue) throws(JSThrow) -> JSValue {
        if iterable.isNullish {
            throw typeError("\(displayString(iterable)) is not iterable (cannot read property Symbol(Symbol.iterator))")
        }
        let method = try get(iterable, .symbol(JSSymbol.iterator))
        guard case .object(let m) = method, m.isCallable else {
            throw typeError("\(try describeIterable(iterable)) is not iterable")
        }
        let iterator = try call(method, this: iterable, [])
        guard case .object = iterator else { throw typeError("Result of the Symbol.iterator method is not an object") }
        return iterator
    }

    func describeIterable(_ v: JSValue) throws(JSThrow) -> String {
        switch v {
        case .object(let o): return o.isCallable ? displayString(v) : "object"
        case .string(let s): return "\"\(s.string)\""
        default: return displayString(v)
        }
    }

    func isPristineArrayIteration(_ o: JSObject) -> Bool {
        o.proto === arrayPrototype && o.keys.isEmpty && arrayIteratorIsPristine
    }

    var arrayIteratorIsPristine: Bool {
        if let v = arrayPrototype.getOwn(.symbol(JSSymbol.iterator))?.value.asObject, v === arrayValuesFunction { return true }
        return false
    }

    /// Collects an iterable into a Swift array.
    func iterableToArray(_ iterable: JSValue) throws(JSThrow) -> [JSValue] {
        if case .object(let o) = iterable, o.isArray, isPristineArrayIteration(o) {
            return o.elements.map { $0.isHole ? .undefined : $0 }
        }
        var out: [JSValue] = []
        try iterate(iterable) { v throws(JSThrow) in
            out.append(v)
            return true
        }
        return out
    }

    /// A built-in iterator object producing the values of `next` until it returns nil.
    func makeIterator(proto: JSObject? = nil, _ next: @escaping () throws(JSThrow) -> JSValue?) -> JSValue {
        .object(newObject(proto: proto ?? arrayIteratorPrototype, kind: .iterator(IteratorState(next: next))))
    }

    func iteratorResult(_ value: JSValue, done: Bool) -> JSValue {
        let r = newObject()
        r.defineOwn(.string("value"), Property(value: value))
        r.defineOwn(.string("done"), Property(value: .bool(done)))
        return .object(r)
    }
}
