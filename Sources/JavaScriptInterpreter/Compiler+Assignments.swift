import JavaScriptParser

/// Assignments, compound assignments and the references they write through.
extension Compiler {
    func compileAssignment(_ op: String, _ target: Pattern, _ value: Expression, _ loc: SourceLocation) throws(SyntaxError) -> Eval {
        let realm = self.realm
        if op == "=" {
            if case .identifier(let name, let l) = target, case .local(let depth, let slot, let kind) = resolve(name), depth <= 1,
               kind == .let || !kind.hasTDZ, kind != .const, kind != .selfName {
                let v = try compile(value, name: name)
                let checkHole = kind == .let
                return { [unowned(unsafe) realm] s throws(JSThrow) in
                    let x = try v(s)
                    let slots = depth == 0 ? s.slots : s.parent.unsafelyUnwrapped.slots
                    if checkHole && slots[slot].isHole { throw realm.referenceError("Cannot access '\(name)' before initialization", at: l) }
                    slots[slot] = x
                    return x
                }
            }
            // `o.x = v` and `o[k] = v` evaluate the object and the key before the value, as the spec orders it.
            if case .expression(let targetExpr) = target {
                let strict = self.strict
                switch targetExpr {
                case .member(let obj, let name, _, let loc):
                    let o = try compile(obj)
                    let v = try compile(value, name: Compiler.patternName(target))
                    let key = PropertyKey.string(name)
                    return { [unowned(unsafe) realm] s throws(JSThrow) in
                        let base = try o(s)
                        let x = try v(s)
                        if case .object(let ob) = base, let i = ob.slot(of: key), ob.values[i].flags.contains(.writable),
                           !ob.isArray {
                            ob.values[i].value = x
                            return x
                        }
                        realm.at(loc)
                        try realm.set(base, key, x, strict: strict)
                        return x
                    }
                case .index(let obj, let keyExpr, _, let loc):
                    let o = try compile(obj)
                    let k = try compile(keyExpr)
                    let v = try compile(value, name: Compiler.patternName(target))
                    return { [unowned(unsafe) realm] s throws(JSThrow) in
                        let base = try o(s)
                        let key = try k(s)
                        let x = try v(s)
                        realm.at(loc)
                        try realm.setIndexed(base, key, x, strict: strict)
                        return x
                    }
                default:
                    break
                }
            }
            let bind = try compileBinding(target, mode: .assign)
            let v = try compile(value, name: Compiler.patternName(target))
            return { s throws(JSThrow) in
                let x = try v(s)
                try bind(s, x)
                return x
            }
        }
        guard case let targetExpr = Compiler.patternExpression(target), let targetExpr else {
            throw SyntaxError("Invalid left-hand side in assignment", at: loc)
        }
        let binOp = String(op.dropLast())
        let v = try compile(value, name: Compiler.patternName(target))
        // Fast path: `local op= value` on a depth-0 slot (`s += 'ab'`, `i += 1`).
        if case .identifier(let name, let l) = targetExpr, case .local(let depth, let slot, let kind) = resolve(name), depth <= 1,
           kind == .let || !kind.hasTDZ, kind != .const, kind != .selfName, !["&&", "||", "??"].contains(binOp) {
            let checkHole = kind == .let
            if binOp == "+", let rhsLocal = directLocal(value) {
                // `x += y` with both locals: one closure, no nested reads.
                let rDepth = rhsLocal.depth, rSlot = rhsLocal.slot, rCheck = rhsLocal.checkHole, rName = rhsLocal.name
                return { [unowned(unsafe) realm] s throws(JSThrow) in
                    let rhs = (rDepth == 0 ? s : s.parent.unsafelyUnwrapped).slots[rSlot]
                    let slots = depth == 0 ? s.slots : s.parent.unsafelyUnwrapped.slots
                    if case .number(let q) = rhs, case .number(let p) = slots[slot] {
                        slots[slot] = .number(p + q)
                        return .number(p + q)
                    }
                    if rCheck && rhs.isHole { throw realm.referenceError("Cannot access '\(rName)' before initialization", at: l) }
                    if checkHole && slots[slot].isHole { throw realm.referenceError("Cannot access '\(name)' before initialization", at: l) }
                    let r = try realm.add(slots[slot], rhs)
                    slots[slot] = r
                    return r
                }
            }
            if binOp == "+" {
                return { [unowned(unsafe) realm] s throws(JSThrow) in
                    let rhs = try v(s)
                    let slots = depth == 0 ? s.slots : s.parent.unsafelyUnwrapped.slots
                    if case .number(let q) = rhs, case .number(let p) = slots[slot] {
                        slots[slot] = .number(p + q)
                        return .number(p + q)
                    }
                    if checkHole && slots[slot].isHole { throw realm.referenceError("Cannot access '\(name)' before initialization", at: l) }
                    if case .string(let a) = slots[slot], case .string(let b) = rhs {
                        let r = try realm.concat(a, b)
                        slots[slot] = r
                        return r
                    }
                    let r = try realm.add(slots[slot], rhs)
                    slots[slot] = r
                    return r
                }
            }
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                let rhs = try v(s)
                let slots = depth == 0 ? s.slots : s.parent.unsafelyUnwrapped.slots
                let old = slots[slot]
                if checkHole && old.isHole { throw realm.referenceError("Cannot access '\(name)' before initialization", at: l) }
                let r = try realm.binary(binOp, old, rhs)
                slots[slot] = r
                return r
            }
        }
        let ref = try compileReference(targetExpr)
        switch binOp {
        case "&&", "||", "??":
            return { s throws(JSThrow) in
                let r = try ref(s)
                let old = try r.get()
                switch binOp {
                case "&&": if !old.truthy { return old }
                case "||": if old.truthy { return old }
                default: if !old.isNullish { return old }
                }
                let x = try v(s)
                try r.set(x)
                return x
            }
        default:
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                let r = try ref(s)
                let old = try r.get()
                let x = try realm.binary(binOp, old, try v(s))
                try r.set(x)
                return x
            }
        }
    }

    static func patternExpression(_ p: Pattern) -> Expression? {
        switch p {
        case .identifier(let n, let l): .identifier(n, l)
        case .expression(let e): e
        default: nil
        }
    }

    /// A resolved reference: get and set closures over an already evaluated base and key.
    struct Reference {
        let get: () throws(JSThrow) -> JSValue
        let set: (JSValue) throws(JSThrow) -> Void
    }

    func compileReference(_ e: Expression) throws(SyntaxError) -> (Scope) throws(JSThrow) -> Reference {
        let realm = self.realm
        let strict = self.strict
        switch e {
        case .identifier(let name, let loc):
            let g = compileIdentifier(name, loc)
            let st = compileIdentifierAssign(name, loc, mode: .assign)
            return { s throws(JSThrow) in
                Reference(get: { () throws(JSThrow) in try g(s) }, set: { v throws(JSThrow) in try st(s, v) })
            }
        case .member(let obj, let name, _, let loc):
            let o = try compile(obj)
            let key = PropertyKey.string(name)
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                let base = try o(s)
                return Reference(get: { () throws(JSThrow) in
                    realm.at(loc)
                    return try realm.get(base, key)
                }, set: { v throws(JSThrow) in try realm.set(base, key, v, strict: strict) })
            }
        case .index(let obj, let k, _, let loc):
            let o = try compile(obj)
            let kv = try compile(k)
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                let base = try o(s)
                realm.at(loc)
                if base.isNullish { _ = try realm.getIndexed(base, try kv(s)) }
                let key = try realm.toPropertyKey(try kv(s))
                return Reference(get: { () throws(JSThrow) in try realm.get(base, key) },
                                 set: { v throws(JSThrow) in try realm.set(base, key, v, strict: strict) })
            }
        case .privateMember(let obj, let name, _):
            return try compileReference(.member(obj, Compiler.privatePrefix + name, optional: false, SourceLocation(line: 0, column: 0)))
        case .superMember(let name, let loc):
            let key = try compileKey(name)
            let home = compileIdentifier("%home", loc)
            let this = compileIdentifier("this", loc)
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                let k = try key(s)
                let thisValue = try this(s)
                let h = try home(s)
                return Reference(get: { () throws(JSThrow) in
                    guard let proto = h.asObject?.proto else { return .undefined }
                    return try realm.get(proto, k, receiver: thisValue)
                }, set: { v throws(JSThrow) in try realm.set(thisValue, k, v, strict: strict) })
            }
        default:
            throw SyntaxError("Invalid left-hand side in assignment", at: Parser.location(of: e) ?? SourceLocation(line: 1, column: 1))
        }
    }

    /// Source-like text of an expression for V8-style messages (`o.x is not a function`).
    static func expressionText(_ e: Expression) -> String? {
        switch e {
        case .identifier(let n, _): return n
        case .this: return "this"
        case .member(let o, let n, _, _): return (expressionText(o) ?? "(intermediate value)") + "." + n
        case .privateMember(let o, let n, _): return (expressionText(o) ?? "(intermediate value)") + ".#" + n
        case .index(let o, let k, _, _):
            let base = expressionText(o) ?? "(intermediate value)"
            switch k {
            case .string(let u): return base + "." + String(decoding: u, as: UTF16.self)
            case .number(let d): return base + "[" + NumberFormatting.toString(d) + "]"
            default: return base + "[" + (expressionText(k) ?? "(intermediate value)") + "]"
            }
        case .number(let d): return NumberFormatting.toString(d)
        case .string(let u): return "\"" + String(decoding: u, as: UTF16.self) + "\""
        case .boolean(let b): return b ? "true" : "false"
        case .null: return "null"
        case .object(let m): return m.isEmpty ? "{}" : "{(intermediate value)}"
        case .array(let a): return a.isEmpty ? "[]" : nil
        case .call(let c, _, _, _): return (expressionText(c) ?? "(intermediate value)") + "(...)"
        case .optionalChain(let inner): return expressionText(inner)
        case .superMember(let n, _):
            if case .identifier(let name) = n { return "(intermediate value)." + name }
            return nil
        default: return nil
        }
    }
}
