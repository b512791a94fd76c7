import JavaScriptParser

/// Whether a pattern binds fresh `let`/`const` bindings or assigns to existing ones.
enum BindingMode {
    case initialize
    case assign
}

extension Compiler {
    /// A closure reading identifier `name`.
    func compileIdentifier(_ name: String, _ loc: SourceLocation, typeofMode: Bool = false) -> Eval {
        let realm = self.realm
        if name == "undefined", case .global = resolve(name) { return Compiler.constant(.undefined) }
        switch resolve(name) {
        case .local(let depth, let slot, let kind):
            if kind.hasTDZ {
                let message = kind == .derivedThis
                    ? "Must call super constructor in derived class before accessing 'this' or returning from derived constructor"
                    : "Cannot access '\(name)' before initialization"
                switch depth {
                case 0:
                    return { [unowned(unsafe) realm] s throws(JSThrow) in
                        let v = s.slots[slot]
                        if v.isHole { throw realm.referenceError(message, at: loc) }
                        return v
                    }
                case 1:
                    return { [unowned(unsafe) realm] s throws(JSThrow) in
                        let v = s.parent.unsafelyUnwrapped.slots[slot]
                        if v.isHole { throw realm.referenceError(message, at: loc) }
                        return v
                    }
                default:
                    return { [unowned(unsafe) realm] s throws(JSThrow) in
                        var t = s
                        for _ in 0..<depth { t = t.parent.unsafelyUnwrapped }
                        let v = t.slots[slot]
                        if v.isHole { throw realm.referenceError(message, at: loc) }
                        return v
                    }
                }
            }
            switch depth {
            case 0: return { s throws(JSThrow) in s.slots[slot] }
            case 1: return { s throws(JSThrow) in s.parent.unsafelyUnwrapped.slots[slot] }
            case 2: return { s throws(JSThrow) in s.parent.unsafelyUnwrapped.parent.unsafelyUnwrapped.slots[slot] }
            default:
                return { s throws(JSThrow) in
                    var t = s
                    for _ in 0..<depth { t = t.parent.unsafelyUnwrapped }
                    return t.slots[slot]
                }
            }
        case .global(let name):
            if name == "this" {
                return { [unowned(unsafe) realm] _ throws(JSThrow) in .object(realm.global) }
            }
            let key = PropertyKey.string(name)
            var cachedIndex = -1
            var lexicalVersion = -1
            var lexical: GlobalBinding? = nil
            return { [unowned(unsafe) realm] _ throws(JSThrow) in
                if lexicalVersion != realm.globalLexicalsVersion {
                    lexical = realm.globalLexicals[name]
                    lexicalVersion = realm.globalLexicalsVersion
                }
                if let b = lexical {
                    if b.value.isHole { throw realm.referenceError("Cannot access '\(name)' before initialization", at: loc) }
                    return b.value
                }
                let g = realm.global!
                if cachedIndex >= 0 && cachedIndex < g.keys.count && g.keys[cachedIndex] == key && !g.values[cachedIndex].isAccessor {
                    return g.values[cachedIndex].value
                }
                if let i = g.slot(of: key) {
                    let p = g.values[i]
                    if !p.isAccessor {
                        cachedIndex = i
                        return p.value
                    }
                }
                if let p = realm.findProperty(g, key) {
                    if p.isAccessor { return try p.getter.map { f throws(JSThrow) in try realm.call(.object(f), this: .object(g), []) } ?? .undefined }
                    return p.value
                }
                if typeofMode { return .undefined }
                throw realm.referenceError("\(name) is not defined", at: loc)
            }
        }
    }

    /// A closure assigning to identifier `name`.
    func compileIdentifierAssign(_ name: String, _ loc: SourceLocation, mode: BindingMode) -> (Scope, JSValue) throws(JSThrow) -> Void {
        let realm = self.realm
        let strict = self.strict
        switch resolve(name) {
        case .local(let depth, let slot, let kind):
            if mode == .assign {
                if kind == .const {
                    return { [unowned(unsafe) realm] s, _ throws(JSThrow) in
                        var t = s
                        for _ in 0..<depth { t = t.parent.unsafelyUnwrapped }
                        if t.slots[slot].isHole { throw realm.referenceError("Cannot access '\(name)' before initialization", at: loc) }
                        throw realm.typeError("Assignment to constant variable.", at: loc)
                    }
                }
                if kind == .selfName {
                    return { [unowned(unsafe) realm] _, _ throws(JSThrow) in
                        if strict { throw realm.typeError("Assignment to constant variable.", at: loc) }
                    }
                }
                if kind.hasTDZ && depth == 0 {
                    return { [unowned(unsafe) realm] s, v throws(JSThrow) in
                        if s.slots[slot].isHole { throw realm.referenceError("Cannot access '\(name)' before initialization", at: loc) }
                        s.slots[slot] = v
                    }
                }
                if kind.hasTDZ {
                    return { [unowned(unsafe) realm] s, v throws(JSThrow) in
                        var t = s
                        for _ in 0..<depth { t = t.parent.unsafelyUnwrapped }
                        if t.slots[slot].isHole { throw realm.referenceError("Cannot access '\(name)' before initialization", at: loc) }
                        t.slots[slot] = v
                    }
                }
            }
            switch depth {
            case 0: return { s, v throws(JSThrow) in s.slots[slot] = v }
            case 1: return { s, v throws(JSThrow) in s.parent.unsafelyUnwrapped.slots[slot] = v }
            default:
                return { s, v throws(JSThrow) in
                    var t = s
                    for _ in 0..<depth { t = t.parent.unsafelyUnwrapped }
                    t.slots[slot] = v
                }
            }
        case .global(let name):
            let key = PropertyKey.string(name)
            return { [unowned(unsafe) realm] _, v throws(JSThrow) in
                if let b = realm.globalLexicals[name] {
                    if mode == .initialize {
                        b.value = v
                        return
                    }
                    if b.value.isHole { throw realm.referenceError("Cannot access '\(name)' before initialization", at: loc) }
                    if b.isConst { throw realm.typeError("Assignment to constant variable.", at: loc) }
                    b.value = v
                    return
                }
                let g = realm.global!
                if let i = g.slot(of: key), g.values[i].flags.contains(.writable) {
                    g.values[i].value = v
                    return
                }
                if strict && realm.findProperty(g, key) == nil {
                    throw realm.referenceError("\(name) is not defined", at: loc)
                }
                realm.at(loc)
                try realm.set(g, key, v, receiver: .object(g), strict: strict)
            }
        }
    }

    /// A closure that binds or assigns `value` to `pattern`.
    func compileBinding(_ pattern: Pattern, mode: BindingMode, nested: Bool = false) throws(SyntaxError) -> (Scope, JSValue) throws(JSThrow) -> Void {
        let realm = self.realm
        switch pattern {
        case .identifier(let name, let loc):
            return compileIdentifierAssign(name, loc, mode: mode)
        case .expression(let e):
            return try compileReferenceAssign(e)
        case .withDefault(let target, let def):
            let inner = try compileBinding(target, mode: mode, nested: nested)
            let d = try compile(def, name: Compiler.patternName(target))
            return { s, v throws(JSThrow) in
                if v.isUndefined {
                    let x = try d(s)
                    try inner(s, x)
                } else {
                    try inner(s, v)
                }
            }
        case .array(let elements, let rest):
            let parts = try elements.map { p throws(SyntaxError) in try p.map { q throws(SyntaxError) in try compileBinding(q, mode: mode, nested: true) } }
            let restBind = try rest.map { r throws(SyntaxError) in try compileBinding(r, mode: mode) }
            return { [unowned(unsafe) realm] s, v throws(JSThrow) in
                if v.isNullish { throw realm.typeError("\(realm.displayString(v)) is not iterable") }
                if case .object = v {} else if case .string = v {} else {
                    throw realm.typeError("\(realm.displayString(v)) is not iterable")
                }
                // Pull only as many values as the pattern needs unless there is a rest element.
                var values: [JSValue] = []
                let needed = restBind == nil ? parts.count : Int.max
                if needed > 0 {
                    do throws(JSThrow) {
                        try realm.iterate(v) { x throws(JSThrow) in
                            values.append(x)
                            return values.count < needed
                        }
                    } catch {
                        if case .exception(let e) = error, let m = e.asObject?.getOwn(.string("message"))?.value.asString, m == "object is not iterable" {
                            throw realm.typeError("\(realm.displayString(v) == "[object Object]" ? "{}" : realm.displayString(v)) is not iterable")
                        }
                        throw error
                    }
                }
                for (i, p) in parts.enumerated() {
                    if let p { try p(s, i < values.count ? values[i] : .undefined) }
                }
                if let restBind {
                    let restValues = values.count > parts.count ? Array(values[parts.count...]) : []
                    try restBind(s, .object(realm.newArray(restValues)))
                }
            }
        case .object(let props, let rest):
            var parts: [(keyEval: Eval?, key: PropertyKey?, bind: (Scope, JSValue) throws(JSThrow) -> Void)] = []
            for p in props {
                let bind = try compileBinding(p.value, mode: mode, nested: true)
                switch p.key {
                case .computed(let e): parts.append((try compile(e), nil, bind))
                default: parts.append((nil, Compiler.staticKey(p.key), bind))
                }
            }
            let restBind = try rest.map { r throws(SyntaxError) in try compileBinding(r, mode: mode) }
            return { [unowned(unsafe) realm] s, v throws(JSThrow) in
                if v.isNullish && nested, let first = parts.first?.key?.displayName {
                    throw realm.typeError("Cannot read properties of \(realm.displayString(v)) (reading '\(first)')")
                }
                if v.isNullish {
                    let first = parts.first?.key?.displayName
                    if let first {
                        throw realm.typeError("Cannot destructure property '\(first)' of '\(realm.displayString(v))' as it is \(realm.displayString(v)).")
                    }
                    throw realm.typeError("Cannot destructure '\(realm.displayString(v))' as it is \(realm.displayString(v)).")
                }
                var used: [PropertyKey] = []
                for part in parts {
                    let key: PropertyKey
                    if let k = part.key { key = k } else if let ke = part.keyEval { key = try realm.toPropertyKey(try ke(s)) } else { key = .string("") }
                    used.append(key)
                    let x = try realm.get(v, key)
                    try part.bind(s, x)
                }
                if let restBind {
                    let out = realm.newObject()
                    let src = try realm.toObject(v)
                    for k in src.ownKeys() where !used.contains(k) {
                        if let p = src.getOwn(k), p.flags.contains(.enumerable) {
                            out.defineOwn(k, Property(value: try realm.get(src, k, receiver: v)))
                        }
                    }
                    try restBind(s, .object(out))
                }
            }
        }
    }

    static func staticKey(_ name: PropertyName) -> PropertyKey {
        switch name {
        case .identifier(let n): .string(n)
        case .string(let u): .string(String(decoding: u, as: UTF16.self))
        case .number(let d): .string(NumberFormatting.toString(d))
        case .privateName(let n): .string(Compiler.privatePrefix + n)
        case .computed: .string("")
        }
    }

    /// Assignment to a member expression target (`o.x = v`, `o[k] = v`).
    func compileReferenceAssign(_ e: Expression) throws(SyntaxError) -> (Scope, JSValue) throws(JSThrow) -> Void {
        let realm = self.realm
        let strict = self.strict
        switch e {
        case .member(let obj, let name, _, let loc), .privateMember(let obj, let name, let loc):
            let o = try compile(obj)
            var keyName = name
            if case .privateMember = e { keyName = Compiler.privatePrefix + name }
            let key = PropertyKey.string(keyName)
            return { [unowned(unsafe) realm] s, v throws(JSThrow) in
                let target = try o(s)
                if case .object(let ob) = target, let i = ob.slot(of: key), ob.values[i].flags.contains(.writable), !ob.isArray {
                    ob.values[i].value = v
                    return
                }
                realm.at(loc)
                try realm.set(target, key, v, strict: strict)
            }
        case .index(let obj, let keyExpr, _, let loc):
            let o = try compile(obj)
            let k = try compile(keyExpr)
            return { [unowned(unsafe) realm] s, v throws(JSThrow) in
                let target = try o(s)
                let key = try k(s)
                realm.at(loc)
                try realm.setIndexed(target, key, v, strict: strict)
            }
        case .superMember(let name, let loc):
            let key = try compileKey(name)
            let this = compileIdentifier("this", loc)
            return { [unowned(unsafe) realm] s, v throws(JSThrow) in
                let k = try key(s)
                try realm.set(try this(s), k, v, strict: strict)
            }
        case .identifier(let name, let loc):
            return compileIdentifierAssign(name, loc, mode: .assign)
        default:
            throw SyntaxError("Invalid left-hand side in assignment", at: Parser.location(of: e) ?? SourceLocation(line: 1, column: 1))
        }
    }

    func compileKey(_ name: PropertyName) throws(SyntaxError) -> (Scope) throws(JSThrow) -> PropertyKey {
        let realm = self.realm
        if case .computed(let e) = name {
            let k = try compile(e)
            return { [unowned(unsafe) realm] s throws(JSThrow) in try realm.toPropertyKey(try k(s)) }
        }
        let key = Compiler.staticKey(name)
        return { _ throws(JSThrow) in key }
    }
}
