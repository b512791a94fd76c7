import JavaScriptParser

extension Compiler {
    func compileFunction(_ node: FunctionNode, inferredName: String? = nil, isExpression: Bool = false) throws(SyntaxError) -> CompiledFunction {
        functionCounter += 1
        let tag: FunctionKindTag
        switch node.kind {
        case .arrow: tag = .arrow
        case .normal: tag = .normal
        case .method, .getter, .setter: tag = .method
        case .classConstructor: tag = .classConstructor
        case .derivedConstructor: tag = .derivedConstructor
        }
        var name = node.name.isEmpty ? (inferredName ?? "") : node.name
        if node.kind == .getter { name = "get " + name }
        if node.kind == .setter { name = "set " + name }
        let code = CompiledFunction(name: name, kind: tag, isStrict: node.isStrict, fileName: fileName,
                                    location: (node.location.line, node.location.column), sourceText: node.sourceText)
        code.length = node.length
        let fscope = CompileScope(kind: .function, parent: scope, isArrow: node.kind == .arrow, code: code)
        // Arrows stay eager: they resolve `this` and `arguments` in their enclosing function, which must know
        // before it runs.
        if lazyFunctions && node.kind == .normal {
            code.pendingCompile = { [self, unowned code] () throws(SyntaxError) in
                try compileBody(node, code: code, fscope: fscope, isExpression: isExpression)
            }
        } else {
            try compileBody(node, code: code, fscope: fscope, isExpression: isExpression)
        }
        return code
    }

    private func compileBody(
        _ node: FunctionNode, code: CompiledFunction, fscope: CompileScope, isExpression: Bool
    ) throws(SyntaxError) {
        let savedStrict = strict, savedLevel = atScriptLevel, savedLabels = labelIDs, savedPending = pendingLabels
        strict = node.isStrict
        atScriptLevel = false
        labelIDs = [:]
        pendingLabels = []
        defer {
            strict = savedStrict
            atScriptLevel = savedLevel
            labelIDs = savedLabels
            pendingLabels = savedPending
        }
        let savedScope = scope
        scope = fscope
        defer { scope = savedScope }
        do {
            if node.kind == .arrow {
                fscope.declare("%unused", .pseudo)
            } else {
                code.thisSlot = fscope.declare("this", node.kind == .derivedConstructor ? .derivedThis : .this)
            }
            if node.hasSimpleParams {
                for (i, p) in node.params.enumerated() {
                    guard case .identifier(let n, _) = p else { continue }
                    let slot = fscope.slotCount
                    fscope.slotCount += 1
                    fscope.names[n] = Binding(slot: slot, kind: .param)
                    _ = i
                }
                code.simpleParamCount = node.params.count
            } else {
                var allNames: [String] = []
                for p in node.params + (node.rest.map { [$0] } ?? []) {
                    for (n, _) in Parser.boundNames(p) { allNames.append(n) }
                }
                for n in allNames { fscope.declare(n, .param) }
            }
            var vars: [(String, SourceLocation)] = []
            Compiler.varNames(node.body, into: &vars)
            for (n, _) in vars where fscope.names[n] == nil { fscope.declare(n, .var) }
            let functions = Compiler.functionDeclarations(node.body)
            for f in functions { fscope.declare(f.name, .function) }
            var tdz: [Int] = []
            for (n, k) in Compiler.lexicalDeclarations(node.body, includeFunctions: false) {
                tdz.append(fscope.declare(n, k))
            }
            if isExpression && !node.name.isEmpty && fscope.names[node.name] == nil && node.kind == .normal {
                code.selfSlot = fscope.declare(node.name, .selfName)
            }
            if !node.hasSimpleParams {
                var binds: [(Scope, JSValue) throws(JSThrow) -> Void] = []
                for p in node.params { binds.append(try compileBinding(p, mode: .initialize)) }
                let restBind = try node.rest.map { r throws(SyntaxError) in try compileBinding(r, mode: .initialize) }
                let realm = self.realm
                code.setup = { [unowned(unsafe) realm] s, args throws(JSThrow) in
                    for (i, b) in binds.enumerated() { try b(s, i < args.count ? args[i] : .undefined) }
                    if let restBind {
                        let rest = args.count > binds.count ? Array(args[binds.count...]) : []
                        try restBind(s, .object(realm.newArray(rest)))
                    }
                }
            }
            let compiledFunctions = try functions.map { f throws(SyntaxError) in (fscope.names[f.name]?.slot ?? 0, try compileFunction(f)) }
            let body = try compileStatements(node.body)
            let realm = self.realm
            if compiledFunctions.isEmpty && tdz.isEmpty {
                code.body = body
            } else {
                code.body = { [unowned(unsafe) realm] s throws(JSThrow) in
                    for slot in tdz { s.slots[slot] = .hole }
                    for (slot, c) in compiledFunctions { s.slots[slot] = .object(realm.makeFunction(c, scope: s)) }
                    return try body(s)
                }
            }
        }
        code.slotCount = fscope.slotCount
    }

    func compileArrayLiteral(_ elements: [ArrayElement]) throws(SyntaxError) -> Eval {
        let realm = self.realm
        var hasSpread = false
        for e in elements { if case .spread = e { hasSpread = true } }
        let parts = try elements.map { a throws(SyntaxError) -> (Int, Eval) in
            switch a {
            case .spread(let x): return (1, try compile(x))
            case .expression(let x): return (0, try compile(x))
            case .hole: return (2, Compiler.constant(.hole))
            }
        }
        let texts = elements.map { a -> String? in if case .spread(let x) = a { return Compiler.expressionText(x) } else { return nil } }
        return { [unowned(unsafe) realm] s throws(JSThrow) in
            var out = ContiguousArray<JSValue>()
            out.reserveCapacity(parts.count)
            for (i, (kind, e)) in parts.enumerated() {
                let v = try e(s)
                if kind == 1 && hasSpread {
                    if case .object = v {} else if case .string = v {} else {
                        throw realm.typeError("\(texts[i] ?? realm.displayString(v)) is not iterable")
                    }
                    do throws(JSThrow) {
                        out.append(contentsOf: try realm.iterableToArray(v))
                    } catch {
                        if case .exception(let ex) = error, let m = ex.asObject?.getOwn(.string("message"))?.value.asString, m == "object is not iterable" {
                            throw realm.typeError("\(texts[i] ?? "object") is not iterable")
                        }
                        throw error
                    }
                } else {
                    out.append(v)
                }
            }
            let a = realm.newArray()
            a.elements = out
            return .object(a)
        }
    }

    func compileObjectLiteral(_ members: [ObjectMember]) throws(SyntaxError) -> Eval {
        let realm = self.realm
        var steps: [(Scope, JSObject) throws(JSThrow) -> Void] = []
        for m in members {
            switch m {
            case .property(let key, let value):
                let keyEval = try compileKey(key)
                let isProto: Bool
                if case .identifier("__proto__") = key { isProto = true } else if case .string(let u) = key, String(decoding: u, as: UTF16.self) == "__proto__" { isProto = true } else { isProto = false }
                var staticName: String? = Compiler.staticKey(key).displayName
                if case .computed = key { staticName = nil }
                let v = try compile(value, name: staticName)
                let computedName: Bool
                if case .computed = key, Compiler.isAnonymousFunction(value) { computedName = true } else { computedName = false }
                steps.append(Compiler.propertyStep(realm, keyEval, v, isProto: isProto, computedName: computedName))
            case .shorthand(let name, let loc):
                let v = compileIdentifier(name, loc)
                let key = PropertyKey.string(name)
                steps.append(Compiler.shorthandStep(key, v))
            case .method(let key, let fn), .getter(let key, let fn), .setter(let key, let fn):
                let keyEval = try compileKey(key)
                let code = try compileFunction(fn)
                let kind: Int
                switch m {
                case .getter: kind = 1
                case .setter: kind = 2
                default: kind = 0
                }
                let isComputed: Bool
                if case .computed = key { isComputed = true } else { isComputed = false }
                steps.append(Compiler.methodStep(realm, keyEval, code, kind: kind, isComputed: isComputed))
            case .spread(let x):
                let v = try compile(x)
                steps.append(Compiler.spreadStep(realm, v))
            }
        }
        return { [unowned(unsafe) realm] s throws(JSThrow) in
            let o = realm.newObject()
            for step in steps { try step(s, o) }
            return .object(o)
        }
    }

    static func propertyStep(_ realm: Realm, _ keyEval: @escaping (Scope) throws(JSThrow) -> PropertyKey, _ v: @escaping Eval,
                             isProto: Bool, computedName: Bool) -> (Scope, JSObject) throws(JSThrow) -> Void {
        func step(_ s: Scope, _ o: JSObject) throws(JSThrow) {
            let k = try keyEval(s)
            let x = try v(s)
            if isProto {
                switch x {
                case .object(let p): o.proto = p
                case .null: o.proto = nil
                default: break
                }
                return
            }
            if computedName, case .object(let f) = x { f.set("name", .string(JSString(k.functionName)), flags: .configurable) }
            realm.createDataProperty(o, k, x)
        }
        return step
    }

    static func shorthandStep(_ key: PropertyKey, _ v: @escaping Eval) -> (Scope, JSObject) throws(JSThrow) -> Void {
        func step(_ s: Scope, _ o: JSObject) throws(JSThrow) {
            o.defineOwn(key, Property(value: try v(s)))
        }
        return step
    }

    static func spreadStep(_ realm: Realm, _ v: @escaping Eval) -> (Scope, JSObject) throws(JSThrow) -> Void {
        func step(_ s: Scope, _ o: JSObject) throws(JSThrow) {
            let source = try v(s)
            try realm.copyDataProperties(from: source, to: o, excluding: [])
        }
        return step
    }

    static func methodStep(_ realm: Realm, _ keyEval: @escaping (Scope) throws(JSThrow) -> PropertyKey, _ code: CompiledFunction,
                           kind: Int, isComputed: Bool) -> (Scope, JSObject) throws(JSThrow) -> Void {
        func step(_ s: Scope, _ o: JSObject) throws(JSThrow) {
            let k = try keyEval(s)
            let f = realm.makeFunction(code, scope: s)
            if let data = f.functionData { data.homeObject = o }
            if isComputed {
                let prefix = kind == 1 ? "get " : kind == 2 ? "set " : ""
                f.set("name", .string(JSString(prefix + k.functionName)), flags: .configurable)
            }
            realm.defineMethodProperty(o, k, f, kind: kind, enumerable: true)
        }
        return step
    }

    static func isAnonymousFunction(_ e: Expression) -> Bool {
        switch e {
        case .arrow: return true
        case .function(let f): return f.name.isEmpty
        case .classExpression(let c): return c.name == nil
        default: return false
        }
    }

    func compileClass(_ node: ClassNode, inferredName: String? = nil) throws(SyntaxError) -> Eval {
        let className = node.name ?? inferredName ?? ""
        let classScope = CompileScope(kind: .block, parent: scope)
        let savedStrict = strict
        strict = true
        defer { strict = savedStrict }
        let saved = scope
        scope = classScope
        defer { scope = saved }
        return try compileClassBody(node, classScope, className)
    }

    func compileClassBody(_ node: ClassNode, _ classScope: CompileScope, _ className: String) throws(SyntaxError) -> Eval {
        let realm = self.realm
        if true {
            let nameSlot = node.name.map { classScope.declare($0, .const) }
            let superEval = try node.superClass.map { e throws(SyntaxError) in try compile(e) }
            let ctor = node.constructor
            let ctorNode = FunctionNode(name: className, params: ctor.params, rest: ctor.rest, body: ctor.body, kind: ctor.kind,
                                        isStrict: true, location: ctor.location, isExpressionBody: false, sourceText: ctor.sourceText)
            let ctorCode = try compileFunction(ctorNode)
            var fieldCode: CompiledFunction? = nil
            if !ctor.fields.isEmpty {
                var body: [Statement] = []
                for f in ctor.fields {
                    guard case .field(let value) = f.kind else { continue }
                    let keyExpr: Expression
                    switch f.key {
                    case .computed(let e): keyExpr = e
                    default: keyExpr = .string(Array(Compiler.staticKey(f.key).displayName.utf16))
                    }
                    body.append(.expression(.assign("=", .expression(.index(.this(node.location), keyExpr, optional: false, node.location)),
                                                    value ?? .identifier("undefined", node.location), node.location), node.location))
                }
                fieldCode = try compileFunction(FunctionNode(name: "<instance_members_initializer>", params: [], rest: nil, body: body, kind: .method,
                                                             isStrict: true, location: node.location, isExpressionBody: false, sourceText: ""))
            }
            var plans: [MemberPlan] = []
            for m in node.members {
                let computed: Bool = { if case .computed = m.key { return true } else { return false } }()
                switch m.kind {
                case .method(let fn):
                    plans.append(MemberPlan(key: try compileKey(m.key), isStatic: m.isStatic, kind: 0, code: try compileFunction(fn), computed: computed))
                case .getter(let fn):
                    plans.append(MemberPlan(key: try compileKey(m.key), isStatic: m.isStatic, kind: 1, code: try compileFunction(fn), computed: computed))
                case .setter(let fn):
                    plans.append(MemberPlan(key: try compileKey(m.key), isStatic: m.isStatic, kind: 2, code: try compileFunction(fn), computed: computed))
                case .field(let value):
                    let fn = FunctionNode(name: "", params: [], rest: nil, body: [.return(value ?? .identifier("undefined", node.location))],
                                          kind: .method, isStrict: true, location: node.location, isExpressionBody: true, sourceText: "")
                    plans.append(MemberPlan(key: try compileKey(m.key), isStatic: true, kind: 3, code: try compileFunction(fn, inferredName: Compiler.staticKey(m.key).displayName), computed: computed))
                case .staticBlock(let statements):
                    let fn = FunctionNode(name: "", params: [], rest: nil, body: statements, kind: .method, isStrict: true,
                                          location: node.location, isExpressionBody: false, sourceText: "")
                    plans.append(MemberPlan(key: { _ throws(JSThrow) in .string("") }, isStatic: true, kind: 4, code: try compileFunction(fn), computed: false))
                }
            }
            let slotCount = { classScope.slotCount }
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                let cs = Scope.make(count: slotCount(), parent: s)
                if let nameSlot { cs.slots[nameSlot] = .hole }
                var protoParent: JSObject? = realm.objectPrototype
                var ctorParent: JSObject = realm.functionPrototype
                if let superEval {
                    let sv = try superEval(cs)
                    if case .null = sv {
                        protoParent = nil
                    } else {
                        guard case .object(let so) = sv, so.isConstructor else {
                            throw realm.typeError("Class extends value \(realm.displayString(sv)) is not a constructor or null")
                        }
                        let pp = try realm.get(sv, "prototype")
                        switch pp {
                        case .object(let p): protoParent = p
                        case .null: protoParent = nil
                        default: throw realm.typeError("Class extends value does not have valid prototype property \(realm.displayString(pp))")
                        }
                        ctorParent = so
                    }
                }
                let proto = realm.newObject(proto: protoParent)
                let f = realm.makeFunction(ctorCode, scope: cs)
                f.proto = ctorParent
                f.functionData?.homeObject = proto
                f.set("prototype", .object(proto), flags: [])
                proto.set("constructor", .object(f))
                if let fieldCode {
                    let initializer = realm.makeFunction(fieldCode, scope: cs)
                    initializer.functionData?.homeObject = proto
                    f.functionData?.fieldInitializer = initializer
                }
                var statics: [(PropertyKey, JSObject, Bool)] = []
                for plan in plans {
                    let target = plan.isStatic ? f : proto
                    let k = try plan.key(cs)
                    let m = realm.makeFunction(plan.code, scope: cs)
                    m.functionData?.homeObject = target
                    if plan.kind >= 3 {
                        statics.append((k, m, plan.kind == 4))
                        continue
                    }
                    if plan.computed {
                        let prefix = plan.kind == 1 ? "get " : plan.kind == 2 ? "set " : ""
                        m.set("name", .string(JSString(prefix + k.functionName)), flags: .configurable)
                    }
                    realm.defineMethodProperty(target, k, m, kind: plan.kind, enumerable: false)
                }
                if let nameSlot { cs.slots[nameSlot] = .object(f) }
                for (k, m, isBlock) in statics {
                    let v = try realm.call(.object(m), this: .object(f), [])
                    if !isBlock { f.defineOwn(k, Property(value: v)) }
                }
                return .object(f)
            }
        }
    }
}

/// One class member as compiled: evaluated when the class is defined.
struct MemberPlan {
    let key: (Scope) throws(JSThrow) -> PropertyKey
    let isStatic: Bool
    /// 0 method, 1 getter, 2 setter, 3 static field, 4 static block.
    let kind: Int
    let code: CompiledFunction
    let computed: Bool
}

extension PropertyKey {
    /// The `name` a function gets when it is the value of this key.
    var functionName: String {
        switch self {
        case .string(let s): s
        case .symbol(let sym): sym.description.map { "[\($0)]" } ?? ""
        }
    }
}

extension Realm {
    /// Creates a function object for compiled code closing over `scope`.
    func makeFunction(_ code: CompiledFunction, scope: Scope?) -> JSObject {
        let isConstructor = code.kind == .normal || code.kind == .classConstructor || code.kind == .derivedConstructor
        let f = newObject(proto: functionPrototype, kind: .function(FunctionData(body: .script(code, scope), isConstructor: isConstructor)))
        f.keys.reserveCapacity(3)
        f.values.reserveCapacity(3)
        f.set("length", .number(Double(code.length)), flags: .configurable)
        f.set("name", .string(JSString(code.name)), flags: .configurable)
        if code.kind == .normal {
            f.pendingPrototypeParent = objectPrototype
        }
        return f
    }

    /// Defines a method (kind 0), getter (1) or setter (2) on `o`.
    func defineMethodProperty(_ o: JSObject, _ k: PropertyKey, _ f: JSObject, kind: Int, enumerable: Bool) {
        let flags: PropertyFlags = enumerable ? [.configurable, .enumerable] : [.configurable]
        switch kind {
        case 0: o.defineOwn(k, Property(value: .object(f), flags: flags.union(.writable)))
        default:
            var getter: JSObject? = nil, setter: JSObject? = nil
            if let existing = o.getOwn(k), existing.isAccessor {
                getter = existing.getter
                setter = existing.setter
            }
            if kind == 1 { getter = f } else { setter = f }
            o.defineOwn(k, Property(getter: getter, setter: setter, flags: flags))
        }
    }

    /// `{...source}` and `Object.assign`-like copying of own enumerable properties.
    func copyDataProperties(from source: JSValue, to target: JSObject, excluding: [PropertyKey]) throws(JSThrow) {
        if source.isNullish { return }
        let o = try toObject(source)
        for k in o.ownKeys() where !excluding.contains(k) {
            if let p = o.getOwn(k), p.flags.contains(.enumerable) {
                createDataProperty(target, k, try get(o, k, receiver: .object(o)))
            }
        }
    }
}
