import JavaScriptParser

extension Compiler {
    func compileStatements(_ statements: [Statement]) throws(SyntaxError) -> Exec {
        var list: [Exec] = []
        for s in statements {
            if let e = try compileStatement(s) { list.append(e) }
        }
        switch list.count {
        case 0: return { _ throws(JSThrow) in .normal }
        case 1: return list[0]
        case 2:
            let a = list[0], b = list[1]
            return { s throws(JSThrow) in
                let c = try a(s)
                if case .normal = c { return try b(s) }
                return c
            }
        default:
            return { s throws(JSThrow) in
                for e in list {
                    let c = try e(s)
                    if case .normal = c { continue }
                    return c
                }
                return .normal
            }
        }
    }

    /// Compiles a block body, creating a runtime scope when it declares lexical names.
    func compileBlock(_ statements: [Statement]) throws(SyntaxError) -> Exec {
        let lexical = Compiler.lexicalDeclarations(statements, includeFunctions: true)
        if lexical.isEmpty { return try compileStatements(statements) }
        let blockScope = CompileScope(kind: .block, parent: scope)
        let saved = scope
        scope = blockScope
        defer { scope = saved }
        var tdzSlots: [Int] = []
        for (name, kind) in lexical {
            let slot = blockScope.declare(name, kind)
            if kind.hasTDZ { tdzSlots.append(slot) }
        }
        var functions: [(Int, CompiledFunction, ((Scope, JSValue) throws(JSThrow) -> Void)?)] = []
        for f in Compiler.functionDeclarations(statements) {
            functions.append((blockScope.names[f.name]?.slot ?? 0, try compileFunction(f), try annexB(f.name)))
        }
        let body = try compileStatements(statements)
        return Compiler.blockExec(realm, blockScope, tdzSlots, functions, body)
    }

    static func blockExec(_ realm: Realm, _ blockScope: CompileScope, _ tdzSlots: [Int],
                          _ functions: [(Int, CompiledFunction, ((Scope, JSValue) throws(JSThrow) -> Void)?)], _ body: @escaping Exec) -> Exec {
        func run(_ s: Scope) throws(JSThrow) -> Completion {
            let inner = Scope.make(count: blockScope.slotCount, parent: s)
            for slot in tdzSlots { inner.slots[slot] = .hole }
            for (slot, code, outer) in functions {
                let f = JSValue.object(realm.makeFunction(code, scope: inner))
                inner.slots[slot] = f
                if let outer { try outer(inner, f) }
            }
            return try body(inner)
        }
        return run
    }

    /// Sloppy-mode web compatibility: a block-level function is also assigned to a `var` in the enclosing function.
    func annexB(_ name: String) throws(SyntaxError) -> ((Scope, JSValue) throws(JSThrow) -> Void)? {
        guard !strict else { return nil }
        var s: CompileScope? = scope.parent
        var depth = 1
        while let sc = s {
            if let b = sc.names[name] {
                guard b.kind == .var || b.kind == .function else { return nil }
                let slot = b.slot
                let d = depth
                return { scope, v throws(JSThrow) in
                    var t = scope
                    for _ in 0..<d { t = t.parent! }
                    t.slots[slot] = v
                }
            }
            if sc.kind == .script {
                let realm = self.realm
                return { [unowned(unsafe) realm] _, v throws(JSThrow) in
                    if realm.globalLexicals[name] == nil { realm.global.set(name, v, flags: [.writable, .enumerable, .configurable]) }
                }
            }
            if sc.kind == .function { return nil }
            depth += 1
            s = sc.parent
        }
        return nil
    }

    func compileStatement(_ statement: Statement) throws(SyntaxError) -> Exec? {
        let realm = self.realm
        switch statement {
        case .empty, .debugger, .functionDeclaration:
            return nil
        case .expression(let e, _):
            let ev = try compile(e)
            if atScriptLevel {
                return { [unowned(unsafe) realm] s throws(JSThrow) in
                    realm.completionValue = try ev(s)
                    return .normal
                }
            }
            return { s throws(JSThrow) in
                _ = try ev(s)
                return .normal
            }
        case .declaration(let kind, let declarators, _):
            var parts: [Exec] = []
            for d in declarators {
                if kind == .var && d.initializer == nil { continue }
                let value: Eval = try d.initializer.map { e throws(SyntaxError) in try compile(e, name: Compiler.patternName(d.target)) } ?? Compiler.constant(.undefined)
                let bind = try compileBinding(d.target, mode: kind == .var ? .assign : .initialize)
                let exec: Exec = { s throws(JSThrow) in
                    let x = try value(s)
                    try bind(s, x)
                    return .normal
                }
                parts.append(exec)
            }
            if parts.count == 1 { return parts[0] }
            return { s throws(JSThrow) in
                for p in parts { _ = try p(s) }
                return .normal
            }
        case .classDeclaration(let node):
            let cls = try compileClass(node)
            let bind = try compileBinding(.identifier(node.name ?? "", node.location), mode: .initialize)
            return { s throws(JSThrow) in
                let x = try cls(s)
                try bind(s, x)
                return .normal
            }
        case .block(let statements):
            return try compileBlock(statements)
        case .if(let test, let then, let otherwise):
            let t = try compileCondition(test)
            let a = try compileStatement(then) ?? Compiler.nothing()
            if let otherwise {
                let b = try compileStatement(otherwise) ?? Compiler.nothing()
                return { s throws(JSThrow) in try t(s) ? try a(s) : try b(s) }
            }
            return { s throws(JSThrow) in try t(s) ? try a(s) : .normal }
        case .while(let test, let body):
            let labels = takeLabels()
            let t = try compileCondition(test)
            let b = try compileStatement(body) ?? Compiler.nothing()
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                while try t(s) {
                    try realm.step()
                    let c = try b(s)
                    switch c {
                    case .normal: continue
                    case .breakLoop(let id): if id == 0 || labels.contains(id) { return .normal } else { return c }
                    case .continueLoop(let id): if id == 0 || labels.contains(id) { continue } else { return c }
                    case .returnValue: return c
                    }
                }
                return .normal
            }
        case .doWhile(let body, let test):
            let labels = takeLabels()
            let t = try compileCondition(test)
            let b = try compileStatement(body) ?? Compiler.nothing()
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                repeat {
                    try realm.step()
                    let c = try b(s)
                    switch c {
                    case .normal: break
                    case .breakLoop(let id): if id == 0 || labels.contains(id) { return .normal } else { return c }
                    case .continueLoop(let id): if id == 0 || labels.contains(id) { break } else { return c }
                    case .returnValue: return c
                    }
                } while try t(s)
                return .normal
            }
        case .for(let initializer, let test, let update, let body):
            return try compileFor(initializer, test, update, body)
        case .forIn(let binding, let object, let body, _):
            return try compileForInOf(binding, object, body, isOf: false)
        case .forOf(let binding, let object, let body, _):
            return try compileForInOf(binding, object, body, isOf: true)
        case .return(let e):
            guard let e else { return { _ throws(JSThrow) in .returnValue(.undefined) } }
            let v = try compile(e)
            return { s throws(JSThrow) in .returnValue(try v(s)) }
        case .break(let label):
            let id = labelID(label)
            return { _ throws(JSThrow) in .breakLoop(id) }
        case .continue(let label):
            let id = labelID(label)
            return { _ throws(JSThrow) in .continueLoop(id) }
        case .throw(let e, let loc):
            let v = try compile(e)
            return { [unowned(unsafe) realm] s throws(JSThrow) in
                let value = try v(s)
                realm.at(loc)
                throw .exception(value)
            }
        case .try(let block, let param, let catchBody, let finallyBody):
            return try compileTry(block, param, catchBody, finallyBody)
        case .switch(let disc, let cases):
            return try compileSwitch(disc, cases)
        case .labeled(let name, let body):
            let id = nextLabelID
            nextLabelID += 1
            let saved = labelIDs[name]
            labelIDs[name] = id
            defer { labelIDs[name] = saved }
            let isLoop: Bool
            switch body {
            case .for, .forIn, .forOf, .while, .doWhile, .labeled: isLoop = true
            default: isLoop = false
            }
            if isLoop {
                pendingLabels.append(id)
                return try compileStatement(body)
            }
            pendingLabels = []
            let b = try compileStatement(body) ?? Compiler.nothing()
            return { s throws(JSThrow) in
                let c = try b(s)
                if case .breakLoop(let bid) = c, bid == id { return .normal }
                return c
            }
        }
    }

    func takeLabels() -> [Int] {
        let l = pendingLabels
        pendingLabels = []
        return l
    }

    static func patternName(_ p: Pattern) -> String? {
        if case .identifier(let n, _) = p { return n }
        return nil
    }

    func compileFor(_ initializer: ForInit?, _ test: Expression?, _ update: Expression?, _ body: Statement) throws(SyntaxError) -> Exec {
        let labels = takeLabels()
        let realm = self.realm
        var lexicalNames: [(String, BindingKind)] = []
        if case .declaration(let kind, let decls) = initializer, kind != .var {
            for d in decls { for (n, _) in Parser.boundNames(d.target) { lexicalNames.append((n, kind == .let ? .let : .const)) } }
        }
        let loopScope = CompileScope(kind: .block, parent: scope)
        let useScope = !lexicalNames.isEmpty
        var bodyExpression: Eval? = nil
        let compileParts = { () throws(SyntaxError) -> (Exec?, ((Scope) throws(JSThrow) -> Bool)?, Eval?, Exec, Bool) in
            var initExec: Exec? = nil
            if let initializer {
                switch initializer {
                case .declaration(let kind, let decls):
                    initExec = try self.compileStatement(.declaration(kind, decls, SourceLocation(line: 0, column: 0)))
                case .expression(let e):
                    let v = try self.compile(e)
                    initExec = { s throws(JSThrow) in
                        _ = try v(s)
                        return .normal
                    }
                }
            }
            let t = try test.map { e throws(SyntaxError) in try self.compileCondition(e) }
            let u = try update.map { e throws(SyntaxError) in try self.compile(e) }
            let before = self.functionCounter
            let b = try self.compileStatement(body) ?? Compiler.nothing()
            if case .expression(let e, _) = body, !self.atScriptLevel {
                bodyExpression = try self.compile(e)
            }
            return (initExec, t, u, b, self.functionCounter != before)
        }
        let savedScope = scope
        if useScope {
            scope = loopScope
            for (n, k) in lexicalNames { loopScope.declare(n, k) }
        }
        let (initExec, t, u, b, hasClosures) = try compileParts()
        scope = savedScope
        let perIteration = useScope && hasClosures
        let slotCount = loopScope.slotCount
        if let bodyExpression, let t, !perIteration {
            // Fast path: `for (…; test; update) expression;` needs no completion handling.
            return { [unowned(unsafe) realm] outer throws(JSThrow) in
                let s = useScope ? Scope.make(count: slotCount, parent: outer) : outer
                if useScope { for i in 0..<slotCount { s.slots[i] = .hole } }
                if let initExec { _ = try initExec(s) }
                while try t(s) {
                    try realm.step()
                    _ = try bodyExpression(s)
                    if let u { _ = try u(s) }
                }
                return .normal
            }
        }
        return { [unowned(unsafe) realm] outer throws(JSThrow) in
            var s = useScope ? Scope.make(count: slotCount, parent: outer) : outer
            if useScope { for i in 0..<slotCount { s.slots[i] = .hole } }
            if let initExec { _ = try initExec(s) }
            while true {
                if let t, !(try t(s)) { break }
                try realm.step()
                let c = try b(s)
                switch c {
                case .normal: break
                case .breakLoop(let id): if id == 0 || labels.contains(id) { return .normal } else { return c }
                case .continueLoop(let id): if id == 0 || labels.contains(id) { break } else { return c }
                case .returnValue: return c
                }
                if perIteration { s = Scope.make(copying: s) }
                if let u { _ = try u(s) }
            }
            return .normal
        }
    }

    func compileForInOf(_ binding: ForBinding, _ object: Expression, _ body: Statement, isOf: Bool) throws(SyntaxError) -> Exec {
        let labels = takeLabels()
        let realm = self.realm
        var lexicalNames: [(String, BindingKind)] = []
        var target: Pattern
        var mode = BindingMode.assign
        switch binding {
        case .declaration(let kind, let p):
            target = p
            if kind != .var {
                for (n, _) in Parser.boundNames(p) { lexicalNames.append((n, kind == .let ? .let : .const)) }
                mode = .initialize
            }
        case .pattern(let p): target = p
        }
        let obj = try compile(object)
        let objectText = Compiler.expressionText(object)
        let loopScope = CompileScope(kind: .block, parent: scope)
        let useScope = !lexicalNames.isEmpty
        let parts = { () throws(SyntaxError) -> ((Scope, JSValue) throws(JSThrow) -> Void, Exec) in
            let bind = try self.compileBinding(target, mode: mode)
            let b = try self.compileStatement(body) ?? Compiler.nothing()
            return (bind, b)
        }
        let savedScope = scope
        if useScope {
            scope = loopScope
            for (n, k) in lexicalNames { loopScope.declare(n, k) }
        }
        let (bind, b) = try parts()
        scope = savedScope
        let slotCount = loopScope.slotCount
        return { [unowned(unsafe) realm] outer throws(JSThrow) in
            let collection = try obj(outer)
            var result: Completion = .normal
            let each = { (v: JSValue) throws(JSThrow) -> Bool in
                try realm.step()
                let s = useScope ? Scope.make(count: slotCount, parent: outer) : outer
                try bind(s, v)
                let c = try b(s)
                switch c {
                case .normal: return true
                case .breakLoop(let id):
                    if id == 0 || labels.contains(id) { return false }
                    result = c
                    return false
                case .continueLoop(let id):
                    if id == 0 || labels.contains(id) { return true }
                    result = c
                    return false
                case .returnValue:
                    result = c
                    return false
                }
            }
            if isOf {
                if case .object = collection {} else if case .string = collection {} else {
                    throw realm.typeError("\(objectText ?? realm.displayString(collection)) is not iterable")
                }
                do throws(JSThrow) {
                    try realm.iterate(collection, each)
                } catch {
                    if case .exception(let v) = error, let o = v.asObject, o.proto === realm.errorPrototypes["TypeError"],
                       let m = o.getOwn(.string("message"))?.value.asString, m == "object is not iterable" {
                        throw realm.typeError("\(objectText ?? "object") is not iterable")
                    }
                    throw error
                }
            } else {
                if collection.isNullish { return .normal }
                let o = try realm.toObject(collection)
                for key in realm.forInKeys(o) {
                    guard realm.hasProperty(o, .string(key)) else { continue }
                    if !(try each(.string(JSString(key)))) { break }
                }
            }
            return result
        }
    }
}
