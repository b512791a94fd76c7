extension Parser {
    static let binaryPrecedence: [String: Int] = [
        "??": 1, "||": 2, "&&": 3, "|": 4, "^": 5, "&": 6,
        "==": 7, "!=": 7, "===": 7, "!==": 7,
        "<": 8, ">": 8, "<=": 8, ">=": 8, "instanceof": 8, "in": 8,
        "<<": 9, ">>": 9, ">>>": 9, "+": 10, "-": 10, "*": 11, "/": 11, "%": 11, "**": 12,
    ]

    static let assignmentOperators: Set<String> = [
        "=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^=", "&&=", "||=", "??=",
    ]

    mutating func parseExpression(noIn: Bool = false) throws(SyntaxError) -> Expression {
        let first = try parseAssignment(noIn: noIn)
        guard check(",") else { return first }
        var list = [first]
        while eat(",") { list.append(try parseAssignment(noIn: noIn)) }
        return .sequence(list)
    }

    /// Whether the tokens at `index` start an arrow function's parameter list.
    func isArrowAhead() -> Bool {
        let t = current
        if t.kind == .identifier && nextToken.isPunct("=>") && !nextToken.newlineBefore { return true }
        guard t.isPunct("(") else { return false }
        var depth = 0
        var i = index
        while i < tokens.count {
            let tok = tokens[i]
            if tok.kind == .punctuator {
                if tok.text == "(" || tok.text == "[" || tok.text == "{" { depth += 1 }
                if tok.text == ")" || tok.text == "]" || tok.text == "}" {
                    depth -= 1
                    if depth == 0 {
                        let after = tokens[min(i + 1, tokens.count - 1)]
                        return after.isPunct("=>") && !after.newlineBefore
                    }
                }
            } else if tok.kind == .eof {
                return false
            }
            i += 1
        }
        return false
    }

    mutating func parseAssignment(noIn: Bool) throws(SyntaxError) -> Expression {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > Parser.maxNesting { throw SyntaxError("Maximum nesting depth exceeded", at: current.location) }
        if isArrowAhead() { return try parseArrow() }
        if isContextual("async") && !nextToken.newlineBefore && (nextToken.isKeyword("function") || nextToken.kind == .identifier || nextToken.isPunct("(")) {
            var probe = self
            _ = probe.advance()
            if nextToken.isKeyword("function") || probe.isArrowAhead() {
                throw SyntaxError("async functions are not supported", at: current.location)
            }
        }
        if isContextual("yield") && context.kind != .normal && false { throw unexpected(current) }
        let startToken = current
        let lhs = try parseConditional(noIn: noIn)
        let op = current
        guard op.kind == .punctuator, Parser.assignmentOperators.contains(op.text) else { return lhs }
        _ = advance()
        let target: Pattern
        if op.text == "=" {
            if case .object = lhs, true { target = try toPattern(lhs, binding: false) } else if case .array = lhs {
                target = try toPattern(lhs, binding: false)
            } else {
                target = try simpleTarget(lhs, at: startToken.location)
            }
        } else {
            target = try simpleTarget(lhs, at: startToken.location)
        }
        let rhs = try parseAssignment(noIn: noIn)
        return .assign(op.text, target, rhs, op.location)
    }


    func text(_ start: Int, _ end: Int) -> SourceText {
        guard start <= end, end <= source.count else { return "" }
        return SourceText(units: source, range: start..<end)
    }

    mutating func parseFormalParameters() throws(SyntaxError) -> ([Pattern], Pattern?) {
        try expect("(")
        var params: [Pattern] = []
        var rest: Pattern? = nil
        while !check(")") {
            if eat("...") {
                rest = try parseBindingTarget()
                if !check(")") { throw SyntaxError("Rest parameter must be last formal parameter", at: current.location) }
                break
            }
            params.append(try parseBindingElement())
            if !check(")") { try expect(",") }
        }
        try expect(")")
        return (params, rest)
    }

    mutating func parseFunction(isDeclaration: Bool, kind: FunctionKind, methodName: String? = nil, fields: [ClassMember] = []) throws(SyntaxError) -> FunctionNode {
        let start = current
        var name = methodName ?? ""
        if methodName == nil {
            _ = advance()  // `function`
            if check("*") { throw SyntaxError("generators are not supported", at: current.location) }
            if current.kind == .identifier {
                name = try parseBindingIdentifier().0
            } else if isDeclaration {
                if check("(") { throw SyntaxError("Function statements require a function name", at: start.location) }
                throw unexpected(current)
            }
        }
        let outerScopes = scopes
        scopes = [Scope(isFunction: true)]
        defer { scopes = outerScopes }
        let saved = context
        var inner = FunctionContext(isStrict: context.isStrict, kind: kind, inFunction: true)
        inner.inClassFieldOrMethod = kind != .normal
        context = inner
        defer { context = saved }
        let paramsLocation = current.location
        let (params, rest) = try parseFormalParameters()
        if kind == .getter && !(params.isEmpty && rest == nil) {
            throw SyntaxError("Getter must not have any formal parameters.", at: paramsLocation)
        }
        if kind == .setter && (params.count != 1 || rest != nil) {
            throw SyntaxError("Setter must have exactly one formal parameter.", at: paramsLocation)
        }
        for p in params + (rest.map { [$0] } ?? []) {
            for (n, _) in Parser.boundNames(p) { scopes[0].params.insert(n) }
        }
        try expect("{")
        let body = try parseBody(directives: true, until: "}")
        try checkDuplicateParameters(params, rest, strict: context.isStrict || kind != .normal)
        let end = current.end
        try expect("}")
        return FunctionNode(name: name, params: params, rest: rest, body: body, kind: kind, isStrict: context.isStrict,
                            location: start.location, isExpressionBody: false, sourceText: text(start.start, end), fields: fields)
    }

    mutating func parseConditional(noIn: Bool) throws(SyntaxError) -> Expression {
        let test = try parseBinary(minPrecedence: 1, noIn: noIn)
        guard eat("?") else { return test }
        let then = try parseAssignment(noIn: false)
        try expect(":")
        let otherwise = try parseAssignment(noIn: noIn)
        return .conditional(test, then, otherwise)
    }

    mutating func parseBinary(minPrecedence: Int, noIn: Bool) throws(SyntaxError) -> Expression {
        var left = try parseUnary()
        while true {
            let op = current
            guard op.kind == .punctuator || op.isKeyword("in") || op.isKeyword("instanceof"),
                  let prec = Parser.binaryPrecedence[op.text], prec >= minPrecedence else { break }
            if noIn && op.text == "in" { break }
            _ = advance()
            let right = op.text == "**"
                ? try parseBinary(minPrecedence: prec, noIn: noIn)
                : try parseBinary(minPrecedence: prec + 1, noIn: noIn)
            switch op.text {
            case "&&", "||", "??": left = .logical(op.text, left, right)
            default: left = .binary(op.text, left, right, op.location)
            }
        }
        return left
    }

    mutating func parseUnary() throws(SyntaxError) -> Expression {
        let t = current
        if t.kind == .punctuator && ["!", "~", "+", "-"].contains(t.text) || t.isKeyword("typeof") || t.isKeyword("void") || t.isKeyword("delete") {
            _ = advance()
            let operand = try parseUnary()
            if check("**") {
                throw SyntaxError("Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence", at: current.location)
            }
            if t.text == "delete", context.isStrict, case .identifier = operand {
                throw SyntaxError("Delete of an unqualified identifier in strict mode.", at: t.location)
            }
            return .unary(t.text, operand, t.location)
        }
        if t.isPunct("++") || t.isPunct("--") {
            _ = advance()
            let operandStart = current.location
            let operand = try parseUnary()
            _ = try simpleTarget(operand, at: operandStart, message: "Invalid left-hand side expression in prefix operation")
            return .update(t.text, prefix: true, operand, t.location)
        }
        if isContextual("await") && context.inFunction == false && false { throw unexpected(t) }
        let e = try parseLeftHandSide()
        if (check("++") || check("--")) && !current.newlineBefore {
            let op = advance()
            _ = try simpleTarget(e, at: t.location, message: "Invalid left-hand side expression in postfix operation")
            return .update(op.text, prefix: false, e, op.location)
        }
        return e
    }

    mutating func parseArguments() throws(SyntaxError) -> [ArrayElement] {
        try expect("(")
        var args: [ArrayElement] = []
        while !check(")") {
            if eat("...") {
                args.append(.spread(try parseAssignment(noIn: false)))
            } else {
                args.append(.expression(try parseAssignment(noIn: false)))
            }
            if !check(")") {
                guard eat(",") else {
                    throw SyntaxError("missing ) after argument list", at: tokens[max(index - 1, 0)].location)
                }
            }
        }
        try expect(")")
        return args
    }

    mutating func parseLeftHandSide() throws(SyntaxError) -> Expression {
        var e: Expression
        var inOptionalChain = false
        let t = current
        if t.isKeyword("new") {
            e = try parseNew()
        } else if t.isKeyword("super") {
            _ = advance()
            if check("(") {
                guard context.kind == .derivedConstructor || (context.kind == .arrow && context.inClassFieldOrMethod) else {
                    throw SyntaxError("'super' keyword unexpected here", at: t.location)
                }
                e = .superCall(try parseArguments(), t.location)
            } else if eat(".") {
                let name = advance()
                guard name.kind == .identifier || name.kind == .keyword else { throw unexpected(name) }
                e = .superMember(.identifier(name.text), t.location)
            } else if eat("[") {
                let key = try parseExpression()
                try expect("]")
                e = .superMember(.computed(key), t.location)
            } else {
                throw SyntaxError("'super' keyword unexpected here", at: t.location)
            }
        } else {
            e = try parsePrimary()
        }
        while true {
            let op = current
            if op.isPunct(".") {
                _ = advance()
                let name = advance()
                if name.kind == .privateName {
                    e = .privateMember(e, name.text, name.location)
                    continue
                }
                guard name.kind == .identifier || name.kind == .keyword else { throw unexpected(name) }
                e = .member(e, name.text, optional: false, name.location)
            } else if op.isPunct("?.") {
                _ = advance()
                inOptionalChain = true
                if check("(") {
                    e = .call(e, try parseArguments(), optional: true, op.location)
                } else if eat("[") {
                    let key = try parseExpression()
                    try expect("]")
                    e = .index(e, key, optional: true, op.location)
                } else {
                    let name = advance()
                    guard name.kind == .identifier || name.kind == .keyword else { throw unexpected(name) }
                    e = .member(e, name.text, optional: true, name.location)
                }
            } else if op.isPunct("[") {
                _ = advance()
                let key = try parseExpression()
                try expect("]")
                e = .index(e, key, optional: false, op.location)
            } else if op.isPunct("(") {
                let args = try parseArguments()
                e = .call(e, args, optional: false, op.location)
            } else if op.kind == .template && op.templateHead {
                if inOptionalChain { throw SyntaxError("Invalid tagged template on optional chain", at: op.location) }
                let (cooked, raw, exprs) = try parseTemplateParts()
                e = .taggedTemplate(tag: e, cooked: cooked, raw: raw, expressions: exprs, op.location)
            } else {
                break
            }
        }
        return inOptionalChain ? .optionalChain(e) : e
    }

    mutating func parseNew() throws(SyntaxError) -> Expression {
        let t = advance()
        if eat(".") {
            guard isContextual("target") else { throw unexpected(current) }
            _ = advance()
            return .newTarget(t.location)
        }
        var callee: Expression
        if current.isKeyword("new") {
            callee = try parseNew()
        } else {
            callee = try parsePrimary()
        }
        while true {
            if eat(".") {
                let name = advance()
                guard name.kind == .identifier || name.kind == .keyword else { throw unexpected(name) }
                callee = .member(callee, name.text, optional: false, name.location)
            } else if check("[") {
                let l = advance().location
                let key = try parseExpression()
                try expect("]")
                callee = .index(callee, key, optional: false, l)
            } else if current.kind == .template && current.templateHead {
                let l = current.location
                let (cooked, raw, exprs) = try parseTemplateParts()
                callee = .taggedTemplate(tag: callee, cooked: cooked, raw: raw, expressions: exprs, l)
            } else {
                break
            }
        }
        if current.isPunct("?.") { throw SyntaxError("Invalid optional chain from new expression", at: current.location) }
        let args = check("(") ? try parseArguments() : []
        return .new(callee, args, t.location)
    }

    mutating func parseTemplateParts() throws(SyntaxError) -> ([[UInt16]?], [[UInt16]], [Expression]) {
        var cooked: [[UInt16]?] = []
        var raw: [[UInt16]] = []
        var exprs: [Expression] = []
        var t = advance()
        while true {
            cooked.append(t.units)
            raw.append(t.raw)
            if t.templateTail { break }
            exprs.append(try parseExpression())
            guard current.kind == .template, !current.templateHead else { throw unexpected(current) }
            t = advance()
        }
        return (cooked, raw, exprs)
    }

    mutating func parsePrimary() throws(SyntaxError) -> Expression {
        let t = current
        switch t.kind {
        case .number:
            if t.isLegacyOctal && context.isStrict {
                throw SyntaxError(t.text.contains(where: { $0 == "8" || $0 == "9" }) ? "Decimals with leading zeros are not allowed in strict mode." : "Octal literals are not allowed in strict mode.", at: t.location)
            }
            _ = advance()
            return .number(t.number)
        case .string:
            if t.isLegacyOctal && context.isStrict {
                throw SyntaxError("Octal escape sequences are not allowed in strict mode.", at: t.location)
            }
            _ = advance()
            return .string(t.units ?? [])
        case .template:
            guard t.templateHead else { throw unexpected(t) }
            let (cooked, _, exprs) = try parseTemplateParts()
            var quasis: [[UInt16]] = []
            for c in cooked {
                guard let c else { throw SyntaxError("Invalid escape sequence in template", at: t.location) }
                quasis.append(c)
            }
            return .template(quasis: quasis, expressions: exprs)
        case .regex:
            _ = advance()
            return .regex(pattern: t.units ?? [], flags: t.text, t.location)
        case .identifier:
            if context.isStrict && Parser.strictReserved.contains(t.text) {
                throw SyntaxError("Unexpected strict mode reserved word", at: t.location)
            }
            _ = advance()
            return .identifier(t.text, t.location)
        case .keyword:
            switch t.text {
            case "this":
                _ = advance()
                return .this(t.location)
            case "null":
                _ = advance()
                return .null
            case "true", "false":
                _ = advance()
                return .boolean(t.text == "true")
            case "function":
                return .function(try parseFunction(isDeclaration: false, kind: .normal))
            case "class":
                return .classExpression(try parseClass(isDeclaration: false))
            default:
                throw unexpected(t)
            }
        case .punctuator:
            switch t.text {
            case "(":
                _ = advance()
                let e = try parseExpression()
                try expect(")")
                return e
            case "[": return try parseArrayLiteral()
            case "{": return try parseObjectLiteral()
            default: throw unexpected(t)
            }
        case .privateName:
            throw SyntaxError("Private field '#\(t.text)' must be declared in an enclosing class", at: t.location)
        case .eof:
            throw unexpected(t)
        }
    }
}

extension Expression {
    /// Identity; kept so arrow parsing reads linearly.
    func withBodyLocation(_ location: SourceLocation) -> Expression { self }
}
