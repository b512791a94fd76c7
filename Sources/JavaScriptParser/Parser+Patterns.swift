/// Turning parsed expressions into assignment and binding patterns, and checking parameter lists.
extension Parser {
    func simpleTarget(_ e: Expression, at loc: SourceLocation, message: String = "Invalid left-hand side in assignment") throws(SyntaxError) -> Pattern {
        switch e {
        case .identifier(let name, let l):
            if context.isStrict && (name == "eval" || name == "arguments") {
                throw SyntaxError("Unexpected eval or arguments in strict mode", at: l)
            }
            return .identifier(name, l)
        case .member(_, _, optional: false, _), .index(_, _, optional: false, _), .superMember, .privateMember:
            return .expression(e)
        default:
            throw SyntaxError(message, at: loc)
        }
    }

    /// Reinterprets an object or array literal as a destructuring pattern.
    func toPattern(_ e: Expression, binding: Bool) throws(SyntaxError) -> Pattern {
        switch e {
        case .array(let elements):
            var out: [Pattern?] = []
            var rest: Pattern? = nil
            for (i, el) in elements.enumerated() {
                switch el {
                case .hole: out.append(nil)
                case .expression(let x): out.append(try toPatternElement(x))
                case .spread(let x):
                    guard i == elements.count - 1 else {
                        throw SyntaxError("Rest element must be last element", at: SourceLocation(line: 0, column: 0))
                    }
                    rest = try toPattern(x, binding: binding)
                }
            }
            return .array(out, rest: rest)
        case .object(let members):
            var props: [PatternProperty] = []
            var rest: Pattern? = nil
            for m in members {
                switch m {
                case .property(let key, let value): props.append(PatternProperty(key: key, value: try toPatternElement(value)))
                case .shorthand(let name, let loc): props.append(PatternProperty(key: .identifier(name), value: .identifier(name, loc)))
                case .spread(let x): rest = try toPattern(x, binding: binding)
                default: throw SyntaxError("Invalid destructuring assignment target", at: SourceLocation(line: 1, column: 1))
                }
            }
            return .object(props, rest: rest)
        case .assign("=", let target, let value, _):
            return .withDefault(target, value)
        default:
            return try simpleTarget(e, at: Parser.location(of: e) ?? SourceLocation(line: 1, column: 1), message: "Invalid destructuring assignment target")
        }
    }

    func toPatternElement(_ e: Expression) throws(SyntaxError) -> Pattern {
        if case .assign("=", let target, let value, _) = e { return .withDefault(target, value) }
        return try toPattern(e, binding: false)
    }

    package static func location(of e: Expression) -> SourceLocation? {
        switch e {
        case .identifier(_, let l), .this(let l), .call(_, _, _, let l), .new(_, _, let l), .member(_, _, _, let l),
             .index(_, _, _, let l), .unary(_, _, let l), .update(_, _, _, let l), .binary(_, _, _, let l),
             .assign(_, _, _, let l), .regex(_, _, let l), .taggedTemplate(_, _, _, _, let l): return l
        case .function(let f), .arrow(let f): return f.location
        default: return nil
        }
    }

    mutating func parseArrow() throws(SyntaxError) -> Expression {
        let start = current
        var params: [Pattern] = []
        var rest: Pattern? = nil
        let outerScopes = scopes
        scopes.append(Scope(isFunction: true))
        defer { scopes = outerScopes }
        if current.kind == .identifier {
            let (n, l) = try parseBindingIdentifier()
            params.append(.identifier(n, l))
        } else {
            (params, rest) = try parseFormalParameters()
        }
        for p in params + (rest.map { [$0] } ?? []) {
            for (n, _) in Parser.boundNames(p) { scopes[scopes.count - 1].params.insert(n) }
        }
        try expect("=>")
        try checkDuplicateParameters(params, rest, strict: true)
        var inner = FunctionContext(isStrict: context.isStrict, kind: .arrow, inFunction: true)
        inner.inClassFieldOrMethod = context.inClassFieldOrMethod
        let saved = context
        context = inner
        defer { context = saved }
        if check("{") {
            _ = advance()
            let body = try parseBody(directives: true, until: "}")
            let end = current.end
            try expect("}")
            return .arrow(FunctionNode(name: "", params: params, rest: rest, body: body, kind: .arrow, isStrict: context.isStrict,
                                       location: start.location, isExpressionBody: false, sourceText: text(start.start, end)))
        }
        let bodyStart = current.location
        let e = try parseAssignment(noIn: false)
        let end = tokens[max(index - 1, 0)].end
        return .arrow(FunctionNode(name: "", params: params, rest: rest, body: [.return(e)], kind: .arrow, isStrict: context.isStrict,
                                   location: start.location, isExpressionBody: true, sourceText: text(start.start, end)))
            .withBodyLocation(bodyStart)
    }

    /// Duplicate parameter names are an error in strict code, arrows, methods and non-simple lists.
    func checkDuplicateParameters(_ params: [Pattern], _ rest: Pattern?, strict: Bool) throws(SyntaxError) {
        var simple = rest == nil
        for p in params { if case .identifier = p {} else { simple = false } }
        guard strict || !simple else { return }
        var seen = Set<String>()
        for p in params + (rest.map { [$0] } ?? []) {
            for (n, loc) in Parser.boundNames(p) {
                if seen.contains(n) { throw SyntaxError("Duplicate parameter name not allowed in this context", at: loc) }
                seen.insert(n)
            }
        }
    }
}
