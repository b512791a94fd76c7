import JavaScriptParser

extension Compiler {
    /// Compiles an expression. `name` names anonymous functions and classes (`const f = () => {}`).
    func compile(_ e: Expression, name: String? = nil) throws(SyntaxError) -> Eval {
        let realm = self.realm
        switch e {
        case .number(let d):
            let v = JSValue.number(d)
            return { _ throws(JSThrow) in v }
        case .string(let u):
            let v = JSValue.string(JSString(units: u))
            return { _ throws(JSThrow) in v }
        case .boolean(let b):
            let v = JSValue.bool(b)
            return { _ throws(JSThrow) in v }
        case .null:
            return { _ throws(JSThrow) in .null }
        case .template(let quasis, let expressions):
            let strings = quasis.map { JSString(units: $0) }
            let parts = try expressions.map { x throws(SyntaxError) in try compile(x) }
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                var result = strings[0]
                for (i, p) in parts.enumerated() {
                    let v = try p(s)
                    if case .symbol = v { throw realm.typeError("Cannot convert a Symbol value to a string") }
                    guard case .string(let a) = try realm.add(.string(result), .string(try realm.toString(v))) else { continue }
                    result = a
                    if strings[i + 1].length > 0, case .string(let b) = try realm.concat(result, strings[i + 1]) { result = b }
                }
                return .string(result)
            }
        case .taggedTemplate(let tag, let cooked, let raw, let expressions, let loc):
            let callee = try compileCallee(tag)
            let parts = try expressions.map { x throws(SyntaxError) in try compile(x) }
            let text = Compiler.expressionText(tag) ?? "expression"
            var cache: JSObject? = nil
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                let (thisValue, f) = try callee(s)
                let strings: JSObject
                if let cache { strings = cache } else {
                    let c = realm.newArray(cooked.map { $0.map { .string(JSString(units: $0)) } ?? .undefined })
                    let r = realm.newArray(raw.map { .string(JSString(units: $0)) })
                    r.extensible = false
                    r.lengthWritable = false
                    c.set("raw", .object(r), flags: [])
                    c.extensible = false
                    c.lengthWritable = false
                    cache = c
                    strings = c
                }
                var args: [JSValue] = [.object(strings)]
                for p in parts { args.append(try p(s)) }
                realm.at(loc)
                guard case .object(let fo) = f, let data = fo.functionData else { throw realm.typeError("\(text) is not a function") }
                return try realm.call(fo, data, this: thisValue, args, newTarget: nil)
            }
        case .regex(let pattern, let flags, let loc):
            // Each evaluation makes a new object, as the spec says; the pattern is checked on the first.
            return { [unowned(unsafe) realm] _ throws(JSThrow) in
                realm.at(loc)
                return .object(try realm.makeRegExp(pattern, flags))
            }
        case .this(let loc):
            return compileIdentifier("this", loc)
        case .identifier(let n, let loc):
            return compileIdentifier(n, loc)
        case .array(let elements):
            return try compileArrayLiteral(elements)
        case .object(let members):
            return try compileObjectLiteral(members)
        case .function(let node):
            let code = try compileFunction(node, inferredName: name, isExpression: true)
            return { [unowned(unsafe) realm] s throws(JSThrow) in .object(realm.makeFunction(code, scope: s)) }
        case .arrow(let node):
            let code = try compileFunction(node, inferredName: name)
            return { [unowned(unsafe) realm] s throws(JSThrow) in .object(realm.makeFunction(code, scope: s)) }
        case .classExpression(let node):
            return try compileClass(node, inferredName: name)
        case .unary(let op, let operand, let loc):
            return try compileUnary(op, operand, loc)
        case .update(let op, let prefix, let target, let loc):
            return try compileUpdate(op, prefix: prefix, target, loc)
        case .binary(let op, let l, let r, let loc):
            return try compileBinary(op, l, r, loc)
        case .logical(let op, let l, let r):
            let a = try compile(l)
            let b = try compile(r)
            switch op {
            case "&&": return { s throws(JSThrow) in
                let v = try a(s)
                return v.truthy ? try b(s) : v
            }
            case "||": return { s throws(JSThrow) in
                let v = try a(s)
                return v.truthy ? v : try b(s)
            }
            default: return { s throws(JSThrow) in
                let v = try a(s)
                return v.isNullish ? try b(s) : v
            }
            }
        case .assign(let op, let target, let value, let loc):
            return try compileAssignment(op, target, value, loc)
        case .conditional(let t, let a, let b):
            let test = try compileCondition(t)
            let x = try compile(a), y = try compile(b)
            return { s throws(JSThrow) in try test(s) ? try x(s) : try y(s) }
        case .call, .new, .member, .index, .privateMember, .superMember, .superCall, .optionalChain:
            return try compileAccess(e)
        case .sequence(let list):
            let parts = try list.map { x throws(SyntaxError) in try compile(x) }
            return { s throws(JSThrow) in
                var v = JSValue.undefined
                for p in parts { v = try p(s) }
                return v
            }
        case .newTarget(let loc):
            if case .local = resolve("%newTarget") { return compileIdentifier("%newTarget", loc) }
            return Compiler.constant(.undefined)
        }
    }

    /// Compiles an expression used as a condition, with fast paths for number comparisons.
    /// A local variable read that can be fused into an operator closure: depth (0 or 1), slot, and whether it
    /// needs a TDZ check.
    func directLocal(_ e: Expression) -> (depth: Int, slot: Int, checkHole: Bool, name: String, loc: SourceLocation)? {
        guard case .identifier(let name, let loc) = e, case .local(let depth, let slot, let kind) = resolve(name), depth <= 1,
              kind != .derivedThis else { return nil }
        return (depth, slot, kind.hasTDZ, name, loc)
    }

    /// `local < number` style comparisons compiled into one closure (the hottest loop-test shape).
    func fusedComparison(_ op: String, _ l: Expression, _ r: Expression) -> ((Scope) throws(JSThrow) -> Bool)? {
        guard let local = directLocal(l) else { return nil }
        let realm = self.realm
        let (depth, slot, checkHole, name, loc) = local
        let rightLocal = directLocal(r)
        var constant: Double? = nil
        if case .number(let k) = r { constant = k }
        guard constant != nil || rightLocal != nil else { return nil }
        let k = constant ?? 0
        let rDepth = rightLocal?.depth ?? 0, rSlot = rightLocal?.slot ?? 0, rCheck = rightLocal?.checkHole ?? false
        let useConstant = constant != nil
        let opCode: Int
        switch op {
        case "<": opCode = 0
        case "<=": opCode = 1
        case ">": opCode = 2
        case ">=": opCode = 3
        default: return nil
        }
        return { [unowned(unsafe) realm] s throws(JSThrow) in
            let x = (depth == 0 ? s : s.parent.unsafelyUnwrapped).slots[slot]
            let y: JSValue = useConstant ? .number(k) : (rDepth == 0 ? s : s.parent.unsafelyUnwrapped).slots[rSlot]
            if case .number(let p) = x, case .number(let q) = y {
                switch opCode {
                case 0: return p < q
                case 1: return p <= q
                case 2: return p > q
                default: return p >= q
                }
            }
            if (checkHole && x.isHole) || (rCheck && y.isHole) {
                throw realm.referenceError("Cannot access '\(x.isHole ? name : "variable")' before initialization", at: loc)
            }
            switch opCode {
            case 0: return try realm.lessThan(x, y) ?? false
            case 1: return try realm.lessThan(y, x, leftFirst: false) == false
            case 2: return try realm.lessThan(y, x, leftFirst: false) ?? false
            default: return try realm.lessThan(x, y) == false
            }
        }
    }

    func compileCondition(_ e: Expression) throws(SyntaxError) -> (Scope) throws(JSThrow) -> Bool {
        let realm = self.realm
        if case .binary(let op, let l, let r, _) = e, let fused = fusedComparison(op, l, r) { return fused }
        switch e {
        case .binary(let op, let l, let r, _) where ["<", "<=", ">", ">=", "===", "!=="].contains(op):
            let a = try compile(l)
            let b = try compile(r)
            switch op {
            case "<": return { [unowned(unsafe) realm] s throws(JSThrow) in
                let x = try a(s), y = try b(s)
                if case .number(let p) = x, case .number(let q) = y { return p < q }
                return try realm.lessThan(x, y) ?? false
            }
            case "<=": return { [unowned(unsafe) realm] s throws(JSThrow) in
                let x = try a(s), y = try b(s)
                if case .number(let p) = x, case .number(let q) = y { return p <= q }
                return try realm.lessThan(y, x, leftFirst: false) == false
            }
            case ">": return { [unowned(unsafe) realm] s throws(JSThrow) in
                let x = try a(s), y = try b(s)
                if case .number(let p) = x, case .number(let q) = y { return p > q }
                return try realm.lessThan(y, x, leftFirst: false) ?? false
            }
            case ">=": return { [unowned(unsafe) realm] s throws(JSThrow) in
                let x = try a(s), y = try b(s)
                if case .number(let p) = x, case .number(let q) = y { return p >= q }
                return try realm.lessThan(x, y) == false
            }
            case "===": return { s throws(JSThrow) in Realm.strictEquals(try a(s), try b(s)) }
            default: return { s throws(JSThrow) in !Realm.strictEquals(try a(s), try b(s)) }
            }
        case .unary("!", let operand, _):
            let c = try compileCondition(operand)
            return { s throws(JSThrow) in !(try c(s)) }
        case .logical("&&", let l, let r):
            let a = try compileCondition(l), b = try compileCondition(r)
            return { s throws(JSThrow) in
                if try a(s) { return try b(s) }
                return false
            }
        case .logical("||", let l, let r):
            let a = try compileCondition(l), b = try compileCondition(r)
            return { s throws(JSThrow) in
                if try a(s) { return true }
                return try b(s)
            }
        default:
            let v = try compile(e)
            return { s throws(JSThrow) in try v(s).truthy }
        }
    }

    func compileBinary(_ op: String, _ l: Expression, _ r: Expression, _ loc: SourceLocation) throws(SyntaxError) -> Eval {
        let realm = self.realm
        let a = try compile(l)
        let b = try compile(r)
        switch op {
        case "+":
            if case .number(let k) = r {
                return { [unowned(unsafe) realm] s throws(JSThrow) in
                    let x = try a(s)
                    if case .number(let p) = x { return .number(p + k) }
                    return try realm.add(x, .number(k))
                }
            }
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                let x = try a(s), y = try b(s)
                if case .number(let p) = x, case .number(let q) = y { return .number(p + q) }
                return try realm.add(x, y)
            }
        case "-":
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                let x = try a(s), y = try b(s)
                if case .number(let p) = x, case .number(let q) = y { return .number(p - q) }
                return try realm.binary(op, x, y)
            }
        case "*":
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                let x = try a(s), y = try b(s)
                if case .number(let p) = x, case .number(let q) = y { return .number(p * q) }
                return try realm.binary(op, x, y)
            }
        case "<", "<=", ">", ">=", "===", "!==":
            let c = try compileCondition(.binary(op, l, r, loc))
            return { s throws(JSThrow) in .bool(try c(s)) }
        case "in", "instanceof":
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                let x = try a(s), y = try b(s)
                realm.at(loc)
                return try realm.binary(op, x, y)
            }
        default:
            return { [unowned(unsafe) realm] s throws(JSThrow) in try realm.binary(op, try a(s), try b(s)) }
        }
    }

    func compileUnary(_ op: String, _ operand: Expression, _ loc: SourceLocation) throws(SyntaxError) -> Eval {
        let realm = self.realm
        switch op {
        case "typeof":
            if case .identifier(let n, let l) = operand {
                let v = compileIdentifier(n, l, typeofMode: true)
                return { s throws(JSThrow) in .string(JSString(try v(s).typeOf)) }
            }
            let v = try compile(operand)
            return { s throws(JSThrow) in .string(JSString(try v(s).typeOf)) }
        case "delete":
            let strict = self.strict
            switch operand {
            case .member(let o, let name, _, let l):
                let ov = try compile(o)
                return { [unowned(unsafe) realm] s throws(JSThrow) in
                    let target = try ov(s)
                    realm.at(l)
                    return .bool(try realm.deleteProperty(target, .string(name), strict: strict))
                }
            case .index(let o, let k, _, let l):
                let ov = try compile(o), kv = try compile(k)
                return { [unowned(unsafe) realm] s throws(JSThrow) in
                    let target = try ov(s)
                    let key = try realm.toPropertyKey(try kv(s))
                    realm.at(l)
                    return .bool(try realm.deleteProperty(target, key, strict: strict))
                }
            case .identifier(let n, _):
                if case .global = resolve(n) {
                    return { [unowned(unsafe) realm] _ throws(JSThrow) in
                        if realm.globalLexicals[n] != nil { return .false }
                        return .bool(realm.global.deleteOwn(.string(n)))
                    }
                }
                return { _ throws(JSThrow) in .false }
            case .optionalChain:
                let v = try compile(operand)
                return { s throws(JSThrow) in
                    _ = try v(s)
                    return .true
                }
            default:
                let v = try compile(operand)
                return { s throws(JSThrow) in
                    _ = try v(s)
                    return .true
                }
            }
        default: break
        }
        let v = try compile(operand)
        switch op {
        case "!": return { s throws(JSThrow) in .bool(!(try v(s).truthy)) }
        case "-": return { [unowned(unsafe) realm] s throws(JSThrow) in
            let x = try v(s)
            if case .number(let d) = x { return .number(-d) }
            return .number(-(try realm.toNumber(x)))
        }
        case "+": return { [unowned(unsafe) realm] s throws(JSThrow) in .number(try realm.toNumber(try v(s))) }
        case "~": return { [unowned(unsafe) realm] s throws(JSThrow) in .number(Double(~(try realm.toInt32(try v(s))))) }
        case "void": return { s throws(JSThrow) in
            _ = try v(s)
            return .undefined
        }
        default: throw SyntaxError("Unexpected token '\(op)'", at: loc)
        }
    }

    func compileUpdate(_ op: String, prefix: Bool, _ target: Expression, _ loc: SourceLocation) throws(SyntaxError) -> Eval {
        let realm = self.realm
        let delta: Double = op == "++" ? 1 : -1
        if case .identifier(let name, let l) = target, case .local(let depth, let slot, let kind) = resolve(name), depth <= 1,
           kind == .let || !kind.hasTDZ, kind != .selfName, kind != .const {
            let checkHole = kind == .let
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                let slots = depth == 0 ? s.slots : s.parent.unsafelyUnwrapped.slots
                let old = slots[slot]
                if case .number(let d) = old {
                    slots[slot] = .number(d + delta)
                    return prefix ? .number(d + delta) : old
                }
                if checkHole && old.isHole { throw realm.referenceError("Cannot access '\(name)' before initialization", at: l) }
                realm.at(l)
                let n = try realm.toNumber(old)
                slots[slot] = .number(n + delta)
                return .number(prefix ? n + delta : n)
            }
        }
        let ref = try compileReference(target)
        return { [unowned(unsafe) realm] s throws(JSThrow) in
            let r = try ref(s)
            let n = try realm.toNumber(try r.get())
            try r.set(.number(n + delta))
            return .number(prefix ? n + delta : n)
        }
    }
}
