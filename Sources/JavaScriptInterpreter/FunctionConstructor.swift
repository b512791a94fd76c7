import JavaScriptParser

extension Realm {
    func setUpFunction() {
        let proto = functionPrototype!
        proto.set("length", .number(0), flags: .configurable)
        proto.set("name", .string(JSString("")), flags: .configurable)
        let ctor = makeConstructor("Function", length: 1, prototype: proto) { c throws(JSThrow) in
            let params = try c.arguments.dropLast().map { v throws(JSThrow) in try c.realm.toString(v).string }.joined(separator: ",")
            let body = try c.arguments.last.map { v throws(JSThrow) in try c.realm.toString(v).string } ?? ""
            let program: Program
            do throws(SyntaxError) {
                program = try Parser.parseFunction(parameters: params, body: body)
            } catch {
                throw c.realm.syntaxError(error.message)
            }
            guard case .expression(let e, _) = program.body.first, case .function(let node) = e else {
                throw c.realm.syntaxError("Invalid function body")
            }
            let compiler = Compiler(realm: c.realm, fileName: "<anonymous>", strict: false)
            do throws(SyntaxError) {
                let code = try compiler.compileFunction(node, isExpression: true)
                return .object(c.realm.makeFunction(code, scope: nil))
            } catch {
                throw c.realm.syntaxError(error.message)
            }
        }
        _ = ctor
        defineMethod(proto, "call", length: 1) { c throws(JSThrow) in
            guard case .object(let f) = c.this, f.isCallable else { throw c.realm.typeError("Function.prototype.call called on non-function") }
            return try c.realm.call(c.this, this: c[0], Array(c.arguments.dropFirst()))
        }
        defineMethod(proto, "apply", length: 2) { c throws(JSThrow) in
            guard case .object(let f) = c.this, f.isCallable else { throw c.realm.typeError("Function.prototype.apply was called on \(c.realm.displayString(c.this)), which is \(c.this.typeOf) and not a function") }
            let args = c[1].isNullish ? [] : try c.realm.arrayLikeToList(c[1])
            return try c.realm.call(c.this, this: c[0], args)
        }
        defineMethod(proto, "bind", length: 1) { c throws(JSThrow) in
            guard case .object(let target) = c.this, let data = target.functionData else { throw c.realm.typeError("Bind must be called on a function") }
            let bound = c.realm.newObject(proto: target.proto, kind: .function(FunctionData(body: .bound(target: target, this: c[0], arguments: Array(c.arguments.dropFirst())), isConstructor: data.isConstructor)))
            let targetLength = try c.realm.get(c.this, "length")
            let length = max(0, (targetLength.asNumber ?? 0) - Double(max(0, c.count - 1)))
            bound.set("length", .number(length), flags: .configurable)
            let name = try c.realm.get(c.this, "name")
            bound.set("name", .string(JSString("bound " + (name.asString ?? ""))), flags: .configurable)
            return .object(bound)
        }
        defineMethod(proto, "toString", length: 0) { c throws(JSThrow) in
            guard case .object(let f) = c.this, f.isCallable else { throw c.realm.typeError("Function.prototype.toString requires that 'this' be a Function") }
            return .string(JSString(f.functionSourceText))
        }
        defineMethod(proto, symbol: JSSymbol.hasInstance, name: "[Symbol.hasInstance]", length: 1) { c throws(JSThrow) in
            guard case .object(let f) = c.this else { return .false }
            return .bool(try c.realm.ordinaryHasInstance(f, c[0]))
        }
    }

    /// CreateListFromArrayLike.
    func arrayLikeToList(_ v: JSValue) throws(JSThrow) -> [JSValue] {
        guard case .object(let o) = v else { throw typeError("CreateListFromArrayLike called on non-object") }
        if o.isArray && o.keys.isEmpty { return o.elements.map { $0.isHole ? .undefined : $0 } }
        let n = try toLength(try get(v, "length"))
        var out: [JSValue] = []
        out.reserveCapacity(min(n, 100_000))
        for i in 0..<n { out.append(try get(v, .string(String(i)))) }
        return out
    }
}
