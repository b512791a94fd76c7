import JavaScriptParser

extension Compiler {
    /// Member access, calls, `new`, `super` and optional chains.
    func compileAccess(_ e: Expression) throws(SyntaxError) -> Eval {
        let realm = self.realm
        switch e {
        case .member(let obj, let name, _, let loc):
            let o = try compile(obj)
            let key = PropertyKey.string(name)
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                let base = try o(s)
                if case .object(let ob) = base, let i = ob.slot(of: key), !ob.values[i].isAccessor {
                    return ob.values[i].value
                }
                realm.at(loc)
                return try realm.get(base, key)
            }
        case .privateMember(let obj, let name, let loc):
            return try compileAccess(.member(obj, Compiler.privatePrefix + name, optional: false, loc))
        case .index(let obj, let k, _, let loc):
            let o = try compile(obj)
            let kv = try compile(k)
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                let base = try o(s)
                let key = try kv(s)
                realm.at(loc)
                return try realm.getIndexed(base, key)
            }
        case .superMember(let name, let loc):
            let ref = try compileReference(.superMember(name, loc))
            return { s throws(JSThrow) in try ref(s).get() }
        case .call(let callee, let args, _, let loc):
            let c = try compileCallee(callee)
            let a = try compileArguments(args)
            let text = Compiler.expressionText(callee) ?? "expression"
            let callLoc = Compiler.callLocation(callee) ?? loc
            var direct: [Eval]? = []
            for arg in args {
                if case .expression(let x) = arg { direct?.append(try compile(x)) } else { direct = nil }
            }
            var plainCallee: Eval? = nil
            switch callee {
            case .member, .index, .privateMember, .superMember: break
            default: plainCallee = try compile(callee)
            }
            if let direct, let plainCallee {
                // Fast path for `f(args)`: no callee tuple, no argument array.
                let count = direct.count
                return { [unowned(unsafe) realm] s throws(JSThrow) in
                    let f = try plainCallee(s)
                    if case .object(let fo) = f, let data = fo.functionData, case .script(let code, let parent) = data.body,
                       Realm.canBindDirectly(code) {
                        let scope = Scope.make(count: code.slotCount, parent: parent)
                        let n = code.simpleParamCount
                        let slots = scope.slots
                        var i = 0
                        while i < count {
                            let v = try direct[i](s)
                            if i < n { slots[i + 1] = v }
                            i += 1
                        }
                        realm.at(callLoc)
                        return try realm.enterScript(fo, data, code, scope, this: .undefined, [], newTarget: nil)
                    }
                    let argv = try a(s)
                    realm.at(callLoc)
                    guard case .object(let fo) = f, let data = fo.functionData else {
                        throw realm.typeError("\(text) is not a function")
                    }
                    return try realm.call(fo, data, this: .undefined, argv, newTarget: nil)
                }
            }
            if let direct {
                // Fast path: bind arguments straight into the callee's scope, with no argument array.
                let count = direct.count
                return { [unowned(unsafe) realm] s throws(JSThrow) in
                    let (thisValue, f) = try c(s)
                    if case .object(let fo) = f, let data = fo.functionData, case .script(let code, let parent) = data.body,
                       Realm.canBindDirectly(code) {
                        let scope = Scope.make(count: code.slotCount, parent: parent)
                        let n = code.simpleParamCount
                        let slots = scope.slots
                        var i = 0
                        while i < count {
                            let v = try direct[i](s)
                            if i < n { slots[i + 1] = v }
                            i += 1
                        }
                        realm.at(callLoc)
                        return try realm.enterScript(fo, data, code, scope, this: thisValue, [], newTarget: nil)
                    }
                    let argv = try a(s)
                    realm.at(callLoc)
                    guard case .object(let fo) = f, let data = fo.functionData else {
                        throw realm.typeError("\(text) is not a function")
                    }
                    return try realm.call(fo, data, this: thisValue, argv, newTarget: nil)
                }
            }
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                let (thisValue, f) = try c(s)
                let argv = try a(s)
                realm.at(callLoc)
                guard case .object(let fo) = f, let data = fo.functionData else {
                    throw realm.typeError("\(text) is not a function")
                }
                return try realm.call(fo, data, this: thisValue, argv, newTarget: nil)
            }
        case .new(let callee, let args, let loc):
            let c = try compile(callee)
            let a = try compileArguments(args)
            let text = Compiler.expressionText(callee) ?? "expression"
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                let f = try c(s)
                let argv = try a(s)
                realm.at(loc)
                guard case .object(let fo) = f, fo.isConstructor else { throw realm.typeError("\(text) is not a constructor") }
                return try realm.construct(f, argv)
            }
        case .superCall(let args, let loc):
            return try compileSuperCall(args, loc)
        case .optionalChain(let inner):
            let c = try compileChain(inner)
            return { s throws(JSThrow) in try c(s) ?? .undefined }
        default:
            return try compile(e)
        }
    }

    static func callLocation(_ callee: Expression) -> SourceLocation? {
        switch callee {
        case .identifier(_, let l), .member(_, _, _, let l), .privateMember(_, _, let l): l
        default: nil
        }
    }

    /// Evaluates a callee to its `this` value and function.
    func compileCallee(_ callee: Expression) throws(SyntaxError) -> (Scope) throws(JSThrow) -> (JSValue, JSValue) {
        let realm = self.realm
        switch callee {
        case .member(let obj, let name, _, let loc):
            let o = try compile(obj)
            let key = PropertyKey.string(name)
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                let base = try o(s)
                if case .object(let ob) = base, let i = ob.slot(of: key), !ob.values[i].isAccessor {
                    return (base, ob.values[i].value)
                }
                realm.at(loc)
                return (base, try realm.get(base, key))
            }
        case .privateMember(let obj, let name, let loc):
            return try compileCallee(.member(obj, Compiler.privatePrefix + name, optional: false, loc))
        case .index(let obj, let k, _, let loc):
            let o = try compile(obj)
            let kv = try compile(k)
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                let base = try o(s)
                let key = try kv(s)
                realm.at(loc)
                return (base, try realm.getIndexed(base, key))
            }
        case .superMember(let name, let loc):
            let ref = try compileReference(.superMember(name, loc))
            let this = compileIdentifier("this", loc)
            return { s throws(JSThrow) in (try this(s), try ref(s).get()) }
        default:
            let f = try compile(callee)
            return { s throws(JSThrow) in (.undefined, try f(s)) }
        }
    }

    func compileArguments(_ args: [ArrayElement]) throws(SyntaxError) -> (Scope) throws(JSThrow) -> [JSValue] {
        let realm = self.realm
        var hasSpread = false
        for a in args { if case .spread = a { hasSpread = true } }
        if !hasSpread {
            let evals = try args.map { a throws(SyntaxError) -> Eval in
                guard case .expression(let x) = a else { return Compiler.constant(.undefined) }
                return try compile(x)
            }
            switch evals.count {
            case 0: return { _ throws(JSThrow) in [] }
            case 1:
                let a0 = evals[0]
                return { s throws(JSThrow) in [try a0(s)] }
            case 2:
                let a0 = evals[0], a1 = evals[1]
                return { s throws(JSThrow) in
                    let x = try a0(s)
                    return [x, try a1(s)]
                }
            default:
                return { s throws(JSThrow) in
                    var out: [JSValue] = []
                    out.reserveCapacity(evals.count)
                    for e in evals { out.append(try e(s)) }
                    return out
                }
            }
        }
        let parts = try args.map { a throws(SyntaxError) -> (Bool, Eval) in
            switch a {
            case .spread(let x): return (true, try compile(x))
            case .expression(let x): return (false, try compile(x))
            case .hole: return (false, Compiler.constant(.undefined))
            }
        }
        return { [unowned(unsafe) realm] s throws(JSThrow) in
            var out: [JSValue] = []
            for (spread, e) in parts {
                let v = try e(s)
                if spread {
                    if case .object = v {} else if case .string = v {} else {
                        throw realm.typeError("Spread syntax requires ...iterable[Symbol.iterator] to be a function")
                    }
                    out.append(contentsOf: try realm.iterableToArray(v))
                } else {
                    out.append(v)
                }
            }
            return out
        }
    }

    func compileSuperCall(_ args: [ArrayElement], _ loc: SourceLocation) throws(SyntaxError) -> Eval {
        let realm = self.realm
        let fn = compileIdentifier("%fn", loc)
        let newTarget = compileIdentifier("%newTarget", loc)
        guard case .local(let depth, let slot, _) = resolve("this") else {
            throw SyntaxError("'super' keyword unexpected here", at: loc)
        }
        let a = try compileArguments(args)
        return { [unowned(unsafe) realm] s throws(JSThrow) in
            guard let f = try fn(s).asObject else { throw realm.syntaxError("'super' keyword unexpected here") }
            let argv = try a(s)
            realm.at(loc)
            guard let parent = f.proto, parent.isConstructor else {
                throw realm.typeError("Super constructor \(f.proto.map { _ in "" } ?? "null") of anonymous class is not a constructor")
            }
            let result = try realm.construct(.object(parent), argv, newTarget: try newTarget(s).asObject)
            var t = s
            for _ in 0..<depth { t = t.parent.unsafelyUnwrapped }
            if !t.slots[slot].isHole { throw realm.referenceError("Super constructor may only be called once") }
            t.slots[slot] = result
            if let initializer = f.functionData?.fieldInitializer {
                _ = try realm.call(.object(initializer), this: result, [])
            }
            return .undefined
        }
    }

    /// Compiles the inside of an optional chain: nil means the chain short-circuited.
    func compileChain(_ e: Expression) throws(SyntaxError) -> (Scope) throws(JSThrow) -> JSValue? {
        let realm = self.realm
        switch e {
        case .member(let obj, let name, let optional, let loc):
            let o = try compileChain(obj)
            let key = PropertyKey.string(name)
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                guard let base = try o(s) else { return nil }
                if optional && base.isNullish { return nil }
                realm.at(loc)
                return try realm.get(base, key)
            }
        case .index(let obj, let k, let optional, let loc):
            let o = try compileChain(obj)
            let kv = try compile(k)
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                guard let base = try o(s) else { return nil }
                if optional && base.isNullish { return nil }
                let key = try kv(s)
                realm.at(loc)
                return try realm.getIndexed(base, key)
            }
        case .call(let callee, let args, let optional, let loc):
            let c = try compileChainCallee(callee)
            let a = try compileArguments(args)
            let text = Compiler.expressionText(callee) ?? "expression"
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                guard let (thisValue, f) = try c(s) else { return nil }
                if optional && f.isNullish { return nil }
                let argv = try a(s)
                realm.at(loc)
                guard case .object(let fo) = f, let data = fo.functionData else { throw realm.typeError("\(text) is not a function") }
                return try realm.call(fo, data, this: thisValue, argv, newTarget: nil)
            }
        default:
            let v = try compile(e)
            return { s throws(JSThrow) in try v(s) }
        }
    }

    func compileChainCallee(_ e: Expression) throws(SyntaxError) -> (Scope) throws(JSThrow) -> (JSValue, JSValue)? {
        let realm = self.realm
        switch e {
        case .member(let obj, let name, let optional, let loc):
            let o = try compileChain(obj)
            let key = PropertyKey.string(name)
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                guard let base = try o(s) else { return nil }
                if optional && base.isNullish { return nil }
                realm.at(loc)
                return (base, try realm.get(base, key))
            }
        case .index(let obj, let k, let optional, let loc):
            let o = try compileChain(obj)
            let kv = try compile(k)
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                guard let base = try o(s) else { return nil }
                if optional && base.isNullish { return nil }
                let key = try kv(s)
                realm.at(loc)
                return (base, try realm.getIndexed(base, key))
            }
        default:
            let v = try compileChain(e)
            return { s throws(JSThrow) in
                guard let f = try v(s) else { return nil }
                return (.undefined, f)
            }
        }
    }
}
