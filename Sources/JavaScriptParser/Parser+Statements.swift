extension Parser {
    mutating func parseFor() throws(SyntaxError) -> Statement {
        let forToken = advance()
        if isContextual("await") { throw SyntaxError("for await is not supported", at: current.location) }
        try expect("(")
        scopes.append(Scope(isFunction: false))
        defer { scopes.removeLast() }
        var initializer: ForInit? = nil
        if check(";") {
            // no initializer
        } else if current.isKeyword("var") || current.isKeyword("const") || (isContextual("let") && (nextToken.kind == .identifier || nextToken.isPunct("[") || nextToken.isPunct("{"))) {
            let decl = try parseVariableDeclaration(inFor: true)
            guard case .declaration(let kind, let declarators, _) = decl else { throw unexpected(current) }
            if current.isKeyword("in") || isContextual("of") {
                let isOf = isContextual("of")
                guard declarators.count == 1 else {
                    let first = Parser.boundNames(declarators[0].target).first?.1 ?? forToken.location
                    throw SyntaxError("Invalid left-hand side in \(isOf ? "for-of" : "for-in") loop: Must have a single binding.", at: first)
                }
                if declarators[0].initializer != nil {
                    throw SyntaxError("\(isOf ? "for-of" : "for-in") loop variable declaration may not have an initializer.", at: forToken.location)
                }
                _ = advance()
                let right = isOf ? try parseAssignment(noIn: false) : try parseExpression()
                try expect(")")
                let body = try parseLoopBody()
                let binding = ForBinding.declaration(kind, declarators[0].target)
                return isOf ? .forOf(binding, right, body, forToken.location) : .forIn(binding, right, body, forToken.location)
            }
            initializer = .declaration(kind, declarators)
        } else {
            let startIndex = index
            let e = try parseExpression(noIn: true)
            if current.isKeyword("in") || isContextual("of") {
                let isOf = isContextual("of")
                index = startIndex
                let lhs = try parseLeftHandSide()
                let target = try toPattern(lhs, binding: false)
                _ = advance()
                let right = isOf ? try parseAssignment(noIn: false) : try parseExpression()
                try expect(")")
                let body = try parseLoopBody()
                return isOf ? .forOf(.pattern(target), right, body, forToken.location) : .forIn(.pattern(target), right, body, forToken.location)
            }
            initializer = .expression(e)
        }
        try expect(";")
        let test = check(";") ? nil : try parseExpression()
        try expect(";")
        let update = check(")") ? nil : try parseExpression()
        try expect(")")
        let body = try parseLoopBody()
        return .for(initializer, test, update, body)
    }

    mutating func parseTry() throws(SyntaxError) -> Statement {
        let t = advance()
        let block = try parseBlock()
        var param: Pattern? = nil
        var catchBody: [Statement]? = nil
        var finallyBody: [Statement]? = nil
        if eatKeyword("catch") {
            scopes.append(Scope(isFunction: false))
            defer { scopes.removeLast() }
            if eat("(") {
                let p = try parseBindingTarget()
                for (n, _) in Parser.boundNames(p) { scopes[scopes.count - 1].params.insert(n) }
                param = p
                try expect(")")
            }
            try expect("{")
            catchBody = try parseBody(directives: false, until: "}")
            try expect("}")
        }
        if eatKeyword("finally") { finallyBody = try parseBlock() }
        if catchBody == nil && finallyBody == nil {
            _ = t
            throw SyntaxError("Missing catch or finally after try", at: tokens[max(index - 1, 0)].location)
        }
        return .try(block, catchParameter: param, catchBody: catchBody, finally: finallyBody)
    }

    mutating func parseSwitch() throws(SyntaxError) -> Statement {
        _ = advance()
        try expect("(")
        let disc = try parseExpression()
        try expect(")")
        try expect("{")
        scopes.append(Scope(isFunction: false))
        context.breakableDepth += 1
        defer {
            scopes.removeLast()
            context.breakableDepth -= 1
        }
        var cases: [SwitchCase] = []
        var sawDefault = false
        while !eat("}") {
            var test: Expression? = nil
            if eatKeyword("case") {
                test = try parseExpression()
            } else if current.isKeyword("default") {
                if sawDefault { throw SyntaxError("More than one default clause in switch statement", at: current.location) }
                sawDefault = true
                _ = advance()
            } else {
                throw unexpected(current)
            }
            try expect(":")
            var body: [Statement] = []
            while !(current.isKeyword("case") || current.isKeyword("default") || check("}")) {
                if current.kind == .eof { throw unexpected(current) }
                body.append(try parseStatementListItem())
            }
            cases.append(SwitchCase(test: test, body: body))
        }
        return .switch(disc, cases)
    }
}
