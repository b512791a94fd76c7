extension Parser {
    mutating func parseArrayLiteral() throws(SyntaxError) -> Expression {
        try expect("[")
        var elements: [ArrayElement] = []
        while !check("]") {
            if eat(",") {
                elements.append(.hole)
                continue
            }
            if eat("...") {
                elements.append(.spread(try parseAssignment(noIn: false)))
            } else {
                elements.append(.expression(try parseAssignment(noIn: false)))
            }
            if !check("]") { try expect(",") }
        }
        try expect("]")
        return .array(elements)
    }

    mutating func parsePropertyName() throws(SyntaxError) -> PropertyName {
        let t = advance()
        switch t.kind {
        case .identifier, .keyword: return .identifier(t.text)
        case .string: return .string(t.units ?? [])
        case .number: return .number(t.number)
        case .privateName: return .privateName(t.text)
        case .punctuator where t.text == "[":
            let e = try parseAssignment(noIn: false)
            try expect("]")
            return .computed(e)
        default: throw unexpected(t)
        }
    }

    static func functionName(for key: PropertyName) -> String {
        switch key {
        case .identifier(let n): n
        case .string(let u): String(decoding: u, as: UTF16.self)
        case .number(let d): d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        case .privateName(let n): "#" + n
        case .computed: ""
        }
    }

    mutating func parseObjectLiteral() throws(SyntaxError) -> Expression {
        try expect("{")
        var members: [ObjectMember] = []
        while !check("}") {
            if eat("...") {
                members.append(.spread(try parseAssignment(noIn: false)))
            } else {
                let t = current
                if (t.text == "get" || t.text == "set") && t.kind == .identifier && !(nextToken.isPunct(",") || nextToken.isPunct(":") || nextToken.isPunct("(") || nextToken.isPunct("}") || nextToken.isPunct("=")) {
                    _ = advance()
                    let key = try parsePropertyName()
                    let fn = try parseFunction(isDeclaration: false, kind: t.text == "get" ? .getter : .setter, methodName: Parser.functionName(for: key))
                    members.append(t.text == "get" ? .getter(key, fn) : .setter(key, fn))
                } else if t.isPunct("*") || (t.text == "async" && t.kind == .identifier && !(nextToken.isPunct(",") || nextToken.isPunct(":") || nextToken.isPunct("(") || nextToken.isPunct("}"))) {
                    throw SyntaxError(t.text == "*" ? "generators are not supported" : "async functions are not supported", at: t.location)
                } else {
                    let key = try parsePropertyName()
                    if eat(":") {
                        members.append(.property(key, try parseAssignment(noIn: false)))
                    } else if check("(") {
                        let fn = try parseFunction(isDeclaration: false, kind: .method, methodName: Parser.functionName(for: key))
                        members.append(.method(key, fn))
                    } else if case .identifier(let name) = key, t.kind == .identifier {
                        if check("=") {
                            // Cover grammar: only valid when this literal becomes a destructuring pattern.
                            let eqLoc = advance().location
                            let value = try parseAssignment(noIn: false)
                            members.append(.property(key, .assign("=", .identifier(name, t.location), value, eqLoc)))
                        } else {
                            if context.isStrict && Parser.strictReserved.contains(name) {
                                throw SyntaxError("Unexpected strict mode reserved word", at: t.location)
                            }
                            members.append(.shorthand(name, t.location))
                        }
                    } else {
                        throw unexpected(current)
                    }
                }
            }
            if !check("}") { try expect(",") }
        }
        try expect("}")
        return .object(members)
    }

    mutating func parseClass(isDeclaration: Bool) throws(SyntaxError) -> ClassNode {
        let start = advance()
        let savedStrict = context.isStrict
        context.isStrict = true
        defer { context.isStrict = savedStrict }
        var name: String? = nil
        if current.kind == .identifier && !current.isKeyword("extends") {
            name = try parseBindingIdentifier().0
        } else if isDeclaration {
            throw unexpected(current)
        }
        var superClass: Expression? = nil
        if eatKeyword("extends") { superClass = try parseLeftHandSide() }
        try expect("{")
        var members: [ClassMember] = []
        var constructor: FunctionNode? = nil
        var ctorStart: Token? = nil
        while !eat("}") {
            if eat(";") { continue }
            var isStatic = false
            if isContextual("static") && !(nextToken.isPunct("(") || nextToken.isPunct("=")) {
                _ = advance()
                isStatic = true
                if check("{") {
                    let saved = context
                    context = FunctionContext(isStrict: true, kind: .method, inFunction: false)
                    context.inClassFieldOrMethod = true
                    defer { context = saved }
                    let body = try parseBlock()
                    members.append(ClassMember(key: .identifier(""), isStatic: true, kind: .staticBlock(body)))
                    continue
                }
            }
            let t = current
            var accessor: String? = nil
            if (t.text == "get" || t.text == "set") && t.kind == .identifier && !(nextToken.isPunct("(") || nextToken.isPunct("=") || nextToken.isPunct(";") || nextToken.isPunct("}")) {
                _ = advance()
                accessor = t.text
            } else if t.isPunct("*") || (t.text == "async" && t.kind == .identifier && !(nextToken.isPunct("(") || nextToken.isPunct("="))) {
                throw SyntaxError(t.text == "*" ? "generators are not supported" : "async functions are not supported", at: t.location)
            }
            let keyToken = current
            let key = try parsePropertyName()
            if check("(") {
                let isCtor: Bool
                if !isStatic && accessor == nil, case .identifier("constructor") = key { isCtor = true } else if !isStatic && accessor == nil, case .string(let u) = key, String(decoding: u, as: UTF16.self) == "constructor" {
                    isCtor = true
                } else {
                    isCtor = false
                }
                if isCtor {
                    if constructor != nil { throw SyntaxError("A class may only have one constructor", at: keyToken.location) }
                    ctorStart = keyToken
                    // Parsed again below once the fields are known.
                    let saveIndex = index
                    constructor = try parseFunction(isDeclaration: false, kind: superClass == nil ? .classConstructor : .derivedConstructor, methodName: name ?? "")
                    _ = saveIndex
                    continue
                }
                let kind: FunctionKind = accessor == "get" ? .getter : accessor == "set" ? .setter : .method
                let fn = try parseFunction(isDeclaration: false, kind: kind, methodName: Parser.functionName(for: key))
                let memberKind: ClassMember.Kind = accessor == "get" ? .getter(fn) : accessor == "set" ? .setter(fn) : .method(fn)
                members.append(ClassMember(key: key, isStatic: isStatic, kind: memberKind))
            } else {
                var value: Expression? = nil
                if eat("=") {
                    let saved = context
                    context = FunctionContext(isStrict: true, kind: .method, inFunction: false)
                    context.inClassFieldOrMethod = true
                    defer { context = saved }
                    value = try parseAssignment(noIn: false)
                }
                try consumeSemicolon()
                members.append(ClassMember(key: key, isStatic: isStatic, kind: .field(value)))
            }
        }
        let fields = members.filter { if case .field = $0.kind { return !$0.isStatic } else { return false } }
        let ctor: FunctionNode
        if let c = constructor {
            ctor = FunctionNode(name: name ?? "", params: c.params, rest: c.rest, body: c.body, kind: c.kind, isStrict: true,
                                location: ctorStart?.location ?? start.location, isExpressionBody: false,
                                sourceText: text(start.start, tokens[max(index - 1, 0)].end), fields: fields)
        } else if let superClass {
            _ = superClass
            ctor = FunctionNode(name: name ?? "", params: [], rest: .identifier("args", start.location),
                                body: [.expression(.superCall([.spread(.identifier("args", start.location))], start.location), start.location)],
                                kind: .derivedConstructor, isStrict: true, location: start.location, isExpressionBody: false,
                                sourceText: text(start.start, tokens[max(index - 1, 0)].end), fields: fields)
        } else {
            ctor = FunctionNode(name: name ?? "", params: [], rest: nil, body: [], kind: .classConstructor, isStrict: true,
                                location: start.location, isExpressionBody: false,
                                sourceText: text(start.start, tokens[max(index - 1, 0)].end), fields: fields)
        }
        return ClassNode(name: name, superClass: superClass, constructor: ctor, members: members.filter {
            if case .field = $0.kind { return $0.isStatic } else { return true }
        }, location: start.location)
    }
}
