/// Recursive-descent statement parser with precedence climbing for binary operators. Covers ES5, the ES2015–2021
/// syntax Postman scripts use, and early errors worded as V8 words them.
package struct Parser {
    struct Scope {
        var lexical: Set<String> = []
        var vars: Set<String> = []
        var params: Set<String> = []
        var isFunction: Bool
    }

    struct FunctionContext {
        var isStrict: Bool
        var kind: FunctionKind
        var inFunction: Bool
        var labels: [(name: String, isLoop: Bool)] = []
        var loopDepth = 0
        var breakableDepth = 0
        var inClassFieldOrMethod = false
    }

    var tokens: [Token]
    var index = 0
    let source: [UInt16]
    var scopes: [Scope] = []
    var context: FunctionContext
    var nesting = 0
    /// Deeper nesting than this is rejected so parsing cannot exhaust the native stack.
    static let maxNesting = 400

    package init(source: String, firstLine: Int = 1) throws(SyntaxError) {
        let units = Array(source.utf16)
        self.source = units
        self.tokens = try Lexer.tokenize(units, firstLine: firstLine)
        self.context = FunctionContext(isStrict: false, kind: .normal, inFunction: false)
    }

    /// Parses a whole script. `strict` forces strict mode (as `postie js --strict` does).
    /// `firstLine` numbers the first line when the text was cut from a larger file, so locations match it.
    package static func parse(_ source: String, strict: Bool = false, firstLine: Int = 1) throws(SyntaxError) -> Program {
        var parser = try Parser(source: source, firstLine: firstLine)
        return try parser.parseProgram(strict: strict)
    }

    /// Parses the text of a function body and parameter list (for `new Function`).
    package static func parseFunction(parameters: String, body: String) throws(SyntaxError) -> Program {
        try parse("(function anonymous(\(parameters)\n) {\n\(body)\n})")
    }

    var current: Token { tokens[index] }
    var nextToken: Token { tokens[min(index + 1, tokens.count - 1)] }

    mutating func advance() -> Token {
        let t = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return t
    }

    func unexpected(_ t: Token) -> SyntaxError {
        switch t.kind {
        case .eof: return SyntaxError("Unexpected end of input", at: t.location)
        case .identifier:
            if context.isStrict && Parser.strictReserved.contains(t.text) {
                return SyntaxError("Unexpected strict mode reserved word", at: t.location)
            }
            return SyntaxError("Unexpected identifier '\(t.text)'", at: t.location)
        case .number: return SyntaxError("Unexpected number", at: t.location)
        case .string: return SyntaxError("Unexpected string", at: t.location)
        case .template: return SyntaxError("Unexpected template string", at: t.location)
        case .regex: return SyntaxError("Unexpected regular expression", at: t.location)
        case .privateName: return SyntaxError("Unexpected identifier '#\(t.text)'", at: t.location)
        case .keyword, .punctuator: return SyntaxError("Unexpected token '\(t.text)'", at: t.location)
        }
    }

    static let strictReserved: Set<String> = [
        "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield",
    ]

    func check(_ p: String) -> Bool { current.isPunct(p) }

    mutating func eat(_ p: String) -> Bool {
        if current.isPunct(p) {
            _ = advance()
            return true
        }
        return false
    }

    mutating func expect(_ p: String) throws(SyntaxError) {
        guard eat(p) else { throw unexpected(current) }
    }

    mutating func eatKeyword(_ k: String) -> Bool {
        if current.isKeyword(k) {
            _ = advance()
            return true
        }
        return false
    }

    func isContextual(_ name: String) -> Bool { current.kind == .identifier && current.text == name && !current.hasEscape }

    mutating func consumeSemicolon() throws(SyntaxError) {
        if eat(";") { return }
        if check("}") || current.kind == .eof || current.newlineBefore { return }
        throw unexpected(current)
    }

    // MARK: Scopes

    mutating func declareLexical(_ name: String, at loc: SourceLocation) throws(SyntaxError) {
        guard var scope = scopes.popLast() else { return }
        defer { scopes.append(scope) }
        if scope.lexical.contains(name) || scope.vars.contains(name) || scope.params.contains(name) {
            throw SyntaxError("Identifier '\(name)' has already been declared", at: loc)
        }
        scope.lexical.insert(name)
    }

    mutating func declareVar(_ name: String, at loc: SourceLocation) throws(SyntaxError) {
        var i = scopes.count - 1
        while i >= 0 {
            if scopes[i].lexical.contains(name) {
                throw SyntaxError("Identifier '\(name)' has already been declared", at: loc)
            }
            scopes[i].vars.insert(name)
            if scopes[i].isFunction { break }
            i -= 1
        }
    }

    mutating func declarePattern(_ pattern: Pattern, kind: DeclarationKind) throws(SyntaxError) {
        for (name, loc) in Parser.boundNames(pattern) {
            if kind == .var { try declareVar(name, at: loc) } else {
                if name == "let" { throw SyntaxError("let is disallowed as a lexically bound name", at: loc) }
                try declareLexical(name, at: loc)
            }
        }
    }

    package static func boundNames(_ pattern: Pattern) -> [(String, SourceLocation)] {
        switch pattern {
        case .identifier(let n, let loc): return [(n, loc)]
        case .expression: return []
        case .withDefault(let p, _): return boundNames(p)
        case .object(let props, let rest):
            return props.flatMap { boundNames($0.value) } + (rest.map(boundNames) ?? [])
        case .array(let elements, let rest):
            return elements.compactMap { $0 }.flatMap(boundNames) + (rest.map(boundNames) ?? [])
        }
    }

    // MARK: Program and statements

    mutating func parseProgram(strict: Bool) throws(SyntaxError) -> Program {
        scopes = [Scope(isFunction: true)]
        context.isStrict = strict
        let body = try parseBody(directives: true, until: nil)
        return Program(body: body, isStrict: context.isStrict)
    }

    /// Parses statements up to `}` (or EOF) and handles the directive prologue.
    mutating func parseBody(directives: Bool, until close: String?) throws(SyntaxError) -> [Statement] {
        var body: [Statement] = []
        var inPrologue = directives
        while true {
            if let close, check(close) { break }
            if current.kind == .eof {
                if close != nil { throw unexpected(current) }
                break
            }
            if inPrologue {
                if current.kind == .string, nextToken.isPunct(";") || nextToken.isPunct("}") || nextToken.newlineBefore || nextToken.kind == .eof {
                    if current.text == "'use strict'" || current.text == "\"use strict\"" {
                        context.isStrict = true
                    }
                } else {
                    inPrologue = false
                }
            }
            body.append(try parseStatementListItem())
        }
        return body
    }

    mutating func parseStatementListItem() throws(SyntaxError) -> Statement {
        let t = current
        if t.isKeyword("function") {
            let fn = try parseFunction(isDeclaration: true, kind: .normal)
            if scopes.count > 1 && !(scopes.last?.isFunction ?? false) {
                try declareLexical(fn.name, at: fn.location)
            } else {
                try declareVar(fn.name, at: fn.location)
            }
            return .functionDeclaration(fn)
        }
        if t.isKeyword("class") {
            let cls = try parseClass(isDeclaration: true)
            try declareLexical(cls.name ?? "", at: cls.location)
            return .classDeclaration(cls)
        }
        if t.isKeyword("const") || (isContextual("let") && (nextToken.kind == .identifier || nextToken.isPunct("[") || nextToken.isPunct("{") || (nextToken.kind == .keyword && !nextToken.isKeyword("in") && !nextToken.isKeyword("instanceof")))) {
            let s = try parseVariableDeclaration(inFor: false)
            try consumeSemicolon()
            return s
        }
        if isContextual("async") && nextToken.isKeyword("function") && !nextToken.newlineBefore {
            throw SyntaxError("async functions are not supported", at: t.location)
        }
        return try parseStatement()
    }

    mutating func parseVariableDeclaration(inFor: Bool) throws(SyntaxError) -> Statement {
        let loc = current.location
        let kindToken = advance()
        let kind: DeclarationKind = kindToken.text == "var" ? .var : kindToken.text == "let" ? .let : .const
        var declarators: [Declarator] = []
        repeat {
            let targetLocation = current.location
            let target = try parseBindingTarget()
            var initializer: Expression? = nil
            if eat("=") {
                initializer = try parseAssignment(noIn: inFor)
            } else if !inFor || !(current.isKeyword("in") || isContextual("of")) {
                if kind == .const {
                    throw SyntaxError("Missing initializer in const declaration", at: targetLocation)
                }
                if case .identifier = target {} else {
                    throw SyntaxError("Missing initializer in destructuring declaration", at: targetLocation)
                }
            }
            try declarePattern(target, kind: kind)
            declarators.append(Declarator(target: target, initializer: initializer))
        } while eat(",")
        return .declaration(kind, declarators, loc)
    }

    mutating func parseBindingIdentifier() throws(SyntaxError) -> (String, SourceLocation) {
        let t = current
        guard t.kind == .identifier else {
            if t.isKeyword("yield") || t.isKeyword("let") { throw unexpected(t) }
            throw unexpected(t)
        }
        if context.isStrict {
            if Parser.strictReserved.contains(t.text) {
                throw SyntaxError("Unexpected strict mode reserved word", at: t.location)
            }
            if t.text == "eval" || t.text == "arguments" {
                throw SyntaxError("Unexpected eval or arguments in strict mode", at: t.location)
            }
        }
        _ = advance()
        return (t.text, t.location)
    }

    mutating func parseBindingTarget() throws(SyntaxError) -> Pattern {
        if check("[") {
            _ = advance()
            var elements: [Pattern?] = []
            var rest: Pattern? = nil
            while !check("]") {
                if check(",") {
                    _ = advance()
                    elements.append(nil)
                    continue
                }
                if eat("...") {
                    rest = try parseBindingTarget()
                    break
                }
                elements.append(try parseBindingElement())
                if !check("]") { try expect(",") }
            }
            try expect("]")
            return .array(elements, rest: rest)
        }
        if check("{") {
            _ = advance()
            var props: [PatternProperty] = []
            var rest: Pattern? = nil
            while !check("}") {
                if eat("...") {
                    let (n, l) = try parseBindingIdentifier()
                    rest = .identifier(n, l)
                    break
                }
                let keyToken = current
                let key = try parsePropertyName()
                if eat(":") {
                    props.append(PatternProperty(key: key, value: try parseBindingElement()))
                } else {
                    guard case .identifier(let name) = key, keyToken.kind == .identifier else { throw unexpected(current) }
                    if context.isStrict && Parser.strictReserved.contains(name) {
                        throw SyntaxError("Unexpected strict mode reserved word", at: keyToken.location)
                    }
                    var value = Pattern.identifier(name, keyToken.location)
                    if eat("=") { value = .withDefault(value, try parseAssignment(noIn: false)) }
                    props.append(PatternProperty(key: key, value: value))
                }
                if !check("}") { try expect(",") }
            }
            try expect("}")
            return .object(props, rest: rest)
        }
        let (n, l) = try parseBindingIdentifier()
        return .identifier(n, l)
    }

    mutating func parseBindingElement() throws(SyntaxError) -> Pattern {
        let target = try parseBindingTarget()
        if eat("=") { return .withDefault(target, try parseAssignment(noIn: false)) }
        return target
    }

    mutating func parseStatement() throws(SyntaxError) -> Statement {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > Parser.maxNesting { throw SyntaxError("Maximum nesting depth exceeded", at: current.location) }
        let t = current
        switch t.kind {
        case .punctuator:
            if t.text == "{" { return .block(try parseBlock()) }
            if t.text == ";" {
                _ = advance()
                return .empty
            }
        case .keyword:
            switch t.text {
            case "var":
                let s = try parseVariableDeclaration(inFor: false)
                try consumeSemicolon()
                return s
            case "if": return try parseIf()
            case "for": return try parseFor()
            case "while":
                _ = advance()
                try expect("(")
                let test = try parseExpression()
                try expect(")")
                let body = try parseLoopBody()
                return .while(test, body)
            case "do":
                _ = advance()
                let body = try parseLoopBody()
                guard eatKeyword("while") else { throw unexpected(current) }
                try expect("(")
                let test = try parseExpression()
                try expect(")")
                _ = eat(";")
                return .doWhile(body, test)
            case "return":
                guard context.inFunction else { throw SyntaxError("Illegal return statement", at: t.location) }
                _ = advance()
                if check(";") || check("}") || current.kind == .eof || current.newlineBefore {
                    _ = eat(";")
                    return .return(nil)
                }
                let e = try parseExpression()
                try consumeSemicolon()
                return .return(e)
            case "break", "continue":
                _ = advance()
                var label: String? = nil
                if current.kind == .identifier && !current.newlineBefore {
                    let lt = advance()
                    label = lt.text
                    guard let found = context.labels.last(where: { $0.name == lt.text }) else {
                        throw SyntaxError("Undefined label '\(lt.text)'", at: lt.location)
                    }
                    if t.text == "continue" && !found.isLoop {
                        throw SyntaxError("Illegal continue statement: '\(lt.text)' does not denote an iteration statement", at: t.location)
                    }
                } else if t.text == "break" && context.breakableDepth == 0 {
                    throw SyntaxError("Illegal break statement", at: t.location)
                } else if t.text == "continue" && context.loopDepth == 0 {
                    throw SyntaxError("Illegal continue statement: no surrounding iteration statement", at: t.location)
                }
                try consumeSemicolon()
                return t.text == "break" ? .break(label) : .continue(label)
            case "throw":
                _ = advance()
                if current.newlineBefore { throw SyntaxError("Illegal newline after throw", at: t.location) }
                let e = try parseExpression()
                try consumeSemicolon()
                return .throw(e, t.location)
            case "try": return try parseTry()
            case "switch": return try parseSwitch()
            case "function":
                throw SyntaxError("In strict mode code, functions can only be declared at top level or inside a block.", at: t.location)
            case "debugger":
                _ = advance()
                try consumeSemicolon()
                return .debugger
            case "with":
                if context.isStrict { throw SyntaxError("Strict mode code may not include a with statement", at: t.location) }
                throw SyntaxError("'with' is not supported in the sandbox", at: t.location)
            case "class", "const", "import", "export", "enum":
                throw unexpected(t)
            default: break
            }
        case .identifier:
            if nextToken.isPunct(":") && !t.hasEscape {
                _ = advance()
                _ = advance()
                if context.labels.contains(where: { $0.name == t.text }) {
                    throw SyntaxError("Label '\(t.text)' has already been declared", at: t.location)
                }
                let isLoop = current.isKeyword("for") || current.isKeyword("while") || current.isKeyword("do")
                context.labels.append((t.text, isLoop))
                if !isLoop { context.breakableDepth += 1 }
                defer {
                    context.labels.removeLast()
                    if !isLoop { context.breakableDepth -= 1 }
                }
                if current.isKeyword("function") {
                    let fn = try parseFunction(isDeclaration: true, kind: .normal)
                    try declareVar(fn.name, at: fn.location)
                    return .labeled(t.text, .functionDeclaration(fn))
                }
                return .labeled(t.text, try parseStatement())
            }
            if isContextual("let") && nextToken.isPunct("[") {
                throw unexpected(t)
            }
        default: break
        }
        let loc = current.location
        let e = try parseExpression()
        try consumeSemicolon()
        return .expression(e, loc)
    }

    mutating func parseLoopBody() throws(SyntaxError) -> Statement {
        context.loopDepth += 1
        context.breakableDepth += 1
        defer {
            context.loopDepth -= 1
            context.breakableDepth -= 1
        }
        return try parseStatement()
    }

    mutating func parseBlock() throws(SyntaxError) -> [Statement] {
        try expect("{")
        scopes.append(Scope(isFunction: false))
        defer { scopes.removeLast() }
        let body = try parseBody(directives: false, until: "}")
        try expect("}")
        return body
    }

    mutating func parseIf() throws(SyntaxError) -> Statement {
        _ = advance()
        try expect("(")
        let test = try parseExpression()
        try expect(")")
        let then = try parseSubStatement()
        var otherwise: Statement? = nil
        if eatKeyword("else") { otherwise = try parseSubStatement() }
        return .if(test, then, otherwise)
    }

    /// A statement in a position where sloppy mode allows a function declaration (`if (x) function f(){}`).
    mutating func parseSubStatement() throws(SyntaxError) -> Statement {
        if current.isKeyword("function") && !context.isStrict {
            scopes.append(Scope(isFunction: false))
            defer { scopes.removeLast() }
            let fn = try parseFunction(isDeclaration: true, kind: .normal)
            return .block([.functionDeclaration(fn)])
        }
        return try parseStatement()
    }
}
