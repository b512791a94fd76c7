import JavaScriptParser

extension Compiler {
    func compileTry(_ block: [Statement], _ param: Pattern?, _ catchBody: [Statement]?, _ finallyBody: [Statement]?) throws(SyntaxError) -> Exec {
        let tryExec = try compileBlock(block)
        var handler: ((Scope, JSValue) throws(JSThrow) -> Completion)? = nil
        if let catchBody {
            if let param {
                let catchScope = CompileScope(kind: .block, parent: scope)
                let savedScope = scope
                scope = catchScope
                for (n, _) in Parser.boundNames(param) { catchScope.declare(n, .let) }
                let bind = try compileBinding(param, mode: .initialize)
                let body = try compileBlock(catchBody)
                scope = savedScope
                handler = Compiler.catchHandler(catchScope, bind, body)
            } else {
                let body = try compileBlock(catchBody)
                handler = Compiler.catchHandlerWithoutBinding(body)
            }
        }
        let fin = try finallyBody.map { b throws(SyntaxError) in try compileBlock(b) }
        return { s throws(JSThrow) in
            var completion: Completion = .normal
            var pending: JSThrow? = nil
            do throws(JSThrow) {
                completion = try tryExec(s)
            } catch {
                if case .limit = error { throw error }
                if case .exception(let v) = error, let handler {
                    do throws(JSThrow) {
                        completion = try handler(s, v)
                    } catch {
                        if case .limit = error { throw error }
                        pending = error
                    }
                } else {
                    pending = error
                }
            }
            if let fin {
                let fc = try fin(s)
                if case .normal = fc {} else { return fc }
            }
            if let pending { throw pending }
            return completion
        }
    }

    static func catchHandler(_ catchScope: CompileScope, _ bind: @escaping (Scope, JSValue) throws(JSThrow) -> Void,
                             _ body: @escaping Exec) -> (Scope, JSValue) throws(JSThrow) -> Completion {
        func run(_ s: Scope, _ v: JSValue) throws(JSThrow) -> Completion {
            let inner = Scope.make(count: catchScope.slotCount, parent: s)
            try bind(inner, v)
            return try body(inner)
        }
        return run
    }

    static func catchHandlerWithoutBinding(_ body: @escaping Exec) -> (Scope, JSValue) throws(JSThrow) -> Completion {
        func run(_ s: Scope, _ v: JSValue) throws(JSThrow) -> Completion { try body(s) }
        return run
    }

    func compileSwitch(_ disc: Expression, _ cases: [SwitchCase]) throws(SyntaxError) -> Exec {
        let labels = takeLabels()
        let d = try compile(disc)
        let all = cases.flatMap(\.body)
        let lexical = Compiler.lexicalDeclarations(all, includeFunctions: true)
        let switchScope = CompileScope(kind: .block, parent: scope)
        let useScope = !lexical.isEmpty
        let build = { () throws(SyntaxError) -> ([Eval?], [Exec], [(Int, CompiledFunction)]) in
            var tdz: [(Int, CompiledFunction)] = []
            if useScope {
                for (n, k) in lexical { switchScope.declare(n, k) }
                for f in Compiler.functionDeclarations(all) {
                    tdz.append((switchScope.names[f.name]?.slot ?? 0, try self.compileFunction(f)))
                }
            }
            var tests: [Eval?] = []
            var bodies: [Exec] = []
            for c in cases {
                tests.append(try c.test.map { e throws(SyntaxError) in try self.compile(e) })
                bodies.append(try self.compileStatements(c.body))
            }
            return (tests, bodies, tdz)
        }
        let savedScope = scope
        if useScope { scope = switchScope }
        let (tests, bodies, functions) = try build()
        scope = savedScope
        let count = switchScope.slotCount
        let realm = self.realm
        return { [unowned(unsafe) realm] outer throws(JSThrow) in
            let v = try d(outer)
            let s: Scope
            if useScope {
                s = Scope.make(count: count, parent: outer)
                for i in 0..<count { s.slots[i] = .hole }
                for (slot, code) in functions { s.slots[slot] = .object(realm.makeFunction(code, scope: s)) }
            } else {
                s = outer
            }
            var start = -1
            for (i, t) in tests.enumerated() {
                if let t, Realm.strictEquals(v, try t(s)) {
                    start = i
                    break
                }
            }
            if start < 0 { start = tests.firstIndex(where: { $0 == nil }) ?? tests.count }
            var i = start
            while i < bodies.count {
                let c = try bodies[i](s)
                switch c {
                case .normal: break
                case .breakLoop(let id):
                    if id == 0 || labels.contains(id) { return .normal }
                    return c
                default: return c
                }
                i += 1
            }
            return .normal
        }
    }
}
