import JSON

extension JSONPathParser {
    /// What a filter term turned out to be before it is known whether it is compared, tested or passed on.
    private enum Term {
        case literal(JSONValue)
        case query(FilterQuery)
        case function(FunctionCall)
    }

    /// Parses `logical-and-expr *(S "||" S logical-and-expr)`.
    mutating func parseLogicalOr() throws(JSONPathError) -> FilterExpression {
        var operands = [try parseLogicalAnd()]
        while true {
            let saved = position
            skipBlanks()
            guard peek == "|", peek(at: 1) == "|" else {
                position = saved
                break
            }
            position += 2
            skipBlanks()
            operands.append(try parseLogicalAnd())
        }
        return operands.count == 1 ? operands[0] : .or(operands)
    }

    private mutating func parseLogicalAnd() throws(JSONPathError) -> FilterExpression {
        var operands = [try parseBasicExpression()]
        while true {
            let saved = position
            skipBlanks()
            guard peek == "&", peek(at: 1) == "&" else {
                position = saved
                break
            }
            position += 2
            skipBlanks()
            operands.append(try parseBasicExpression())
        }
        return operands.count == 1 ? operands[0] : .and(operands)
    }

    private mutating func parseBasicExpression() throws(JSONPathError) -> FilterExpression {
        if peek == "!" {
            position += 1
            skipBlanks()
            if peek == "(" {
                return .not(try parseParenthesized())
            }
            let start = position
            let term = try parseTerm()
            return .not(try testExpression(term, at: start))
        }
        if peek == "(" {
            return try parseParenthesized()
        }
        let start = position
        let left = try parseTerm()
        let saved = position
        skipBlanks()
        guard let comparison = parseComparisonOperator() else {
            position = saved
            return try testExpression(left, at: start)
        }
        let leftOperand = try operand(left, at: start)
        skipBlanks()
        let rightStart = position
        let right = try parseTerm()
        return .comparison(leftOperand, comparison, try operand(right, at: rightStart))
    }

    private mutating func parseParenthesized() throws(JSONPathError) -> FilterExpression {
        try enterNesting()
        defer { nesting -= 1 }
        position += 1  // "("
        skipBlanks()
        let inner = try parseLogicalOr()
        skipBlanks()
        guard peek == ")" else { throw failure("expected ')' to close the parenthesis") }
        position += 1
        return inner
    }

    private mutating func parseComparisonOperator() -> ComparisonOperator? {
        guard let first = peek else { return nil }
        let second = peek(at: 1)
        let found: ComparisonOperator? =
            switch (first, second) {
            case ("=", "="): .equal
            case ("!", "="): .notEqual
            case ("<", "="): .lessOrEqual
            case (">", "="): .greaterOrEqual
            case ("<", _): .less
            case (">", _): .greater
            default: nil
            }
        if let found { position += found.rawValue.unicodeScalars.count }
        return found
    }

    /// Parses a literal, a query or a function call.
    private mutating func parseTerm() throws(JSONPathError) -> Term {
        guard let next = peek else { throw failure("expected a filter expression") }
        switch next {
        case "@", "$":
            position += 1
            return .query(FilterQuery(isRelative: next == "@", segments: try parseSegments()))
        case "'", "\"":
            return .literal(.string(try parseStringLiteral()))
        case "-", "0"..."9":
            return .literal(.number(try parseNumber()))
        case "a"..."z":
            let start = position
            var name = ""
            while let scalar = peek,
                ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
            {
                name.unicodeScalars.append(scalar)
                position += 1
            }
            if peek == "(" {
                return .function(try parseFunctionCall(named: name, at: start))
            }
            switch name {
            case "true": return .literal(.bool(true))
            case "false": return .literal(.bool(false))
            case "null": return .literal(.null)
            default:
                throw failure("unexpected '\(name)': expected a query, a literal or a function call", at: start)
            }
        default:
            throw failure("expected a filter expression: a query ('@' or '$'), a literal or a function call")
        }
    }

    private mutating func parseFunctionCall(named name: String, at start: Int) throws(JSONPathError) -> FunctionCall {
        guard let function = FilterFunction(rawValue: name) else {
            let known = FilterFunction.allCases.map(\.rawValue).joined(separator: ", ")
            throw failure("unknown function '\(name)'; the functions are \(known)", at: start)
        }
        try enterNesting()
        defer { nesting -= 1 }
        position += 1  // "("
        skipBlanks()
        var arguments: [FunctionArgument] = []
        let parameters = function.parameters
        if peek != ")" {
            while true {
                let argumentStart = position
                guard arguments.count < parameters.count else {
                    throw failure("\(name)() takes \(Self.countText(parameters.count))", at: argumentStart)
                }
                let kind = parameters[arguments.count]
                arguments.append(try parseArgument(for: kind, function: name))
                skipBlanks()
                if peek == "," {
                    position += 1
                    skipBlanks()
                    continue
                }
                break
            }
        }
        guard peek == ")" else { throw failure("expected ',' or ')' in the call of \(name)()") }
        guard arguments.count == parameters.count else {
            throw failure("\(name)() takes \(Self.countText(parameters.count))", at: position)
        }
        position += 1
        var call = FunctionCall(function: function, arguments: arguments, literalPattern: nil)
        if function == .match || function == .search,
            case .value(.literal(let pattern)) = arguments[1]
        {
            if case .string(let text) = pattern {
                call.literalPattern = .some(IRegexp(text))
            } else {
                call.literalPattern = .some(nil)
            }
        }
        return call
    }

    private static func countText(_ count: Int) -> String {
        count == 1 ? "1 argument" : "\(count) arguments"
    }

    /// Parses one function argument and converts it to the parameter's declared type (RFC 9535 §2.4.3).
    private mutating func parseArgument(
        for kind: FilterFunction.ValueKind, function: String
    ) throws(JSONPathError) -> FunctionArgument {
        let start = position
        // A bare literal, query or call is an argument of its own; anything longer is a logical expression.
        if let next = peek, next != "!", next != "(" {
            let term = try parseTerm()
            let saved = position
            skipBlanks()
            if peek == "," || peek == ")" {
                position = saved
                return try argument(term, for: kind, function: function, at: start)
            }
            position = start
        }
        let expression = try parseLogicalOr()
        guard kind == .logical else {
            throw failure("\(function)() expects \(Self.kindText(kind)) here, not a logical expression", at: start)
        }
        return .logical(expression)
    }

    private func argument(
        _ term: Term, for kind: FilterFunction.ValueKind, function: String, at start: Int
    ) throws(JSONPathError) -> FunctionArgument {
        switch (kind, term) {
        case (.value, .literal(let value)):
            return .value(.literal(value))
        case (.value, .query(let query)):
            guard query.isSingular else {
                throw failure("\(function)() expects a single value, but this query can select several nodes", at: start)
            }
            return .value(.query(query))
        case (.value, .function(let call)) where call.function.result == .value:
            return .value(.function(call))
        case (.nodes, .query(let query)):
            return .nodes(query)
        case (.logical, .query(let query)):
            return .logical(.exists(query))
        case (.logical, .function(let call)) where call.function.result != .value:
            return .logical(.function(call))
        case (_, .function(let call)):
            throw failure(
                "\(function)() expects \(Self.kindText(kind)) here, but \(call.function.rawValue)() returns "
                    + Self.kindText(call.function.result), at: start)
        case (_, .literal):
            throw failure("\(function)() expects \(Self.kindText(kind)) here, not a literal", at: start)
        case (_, .query):
            throw failure("\(function)() expects \(Self.kindText(kind)) here, not a query", at: start)
        }
    }

    private static func kindText(_ kind: FilterFunction.ValueKind) -> String {
        switch kind {
        case .value: "a value"
        case .logical: "a logical value"
        case .nodes: "a query"
        }
    }

    private func operand(_ term: Term, at start: Int) throws(JSONPathError) -> FilterOperand {
        switch term {
        case .literal(let value):
            return .literal(value)
        case .query(let query):
            guard query.isSingular else {
                throw failure("a comparison needs a singular query (names and indices only)", at: start)
            }
            return .query(query)
        case .function(let call):
            guard call.function.result == .value else {
                throw failure("\(call.function.rawValue)() returns a logical value, which cannot be compared", at: start)
            }
            return .function(call)
        }
    }

    private func testExpression(_ term: Term, at start: Int) throws(JSONPathError) -> FilterExpression {
        switch term {
        case .literal:
            throw failure("a literal cannot stand alone in a filter; compare it with something", at: start)
        case .query(let query):
            return .exists(query)
        case .function(let call):
            guard call.function.result != .value else {
                throw failure("\(call.function.rawValue)() returns a value, which must be compared", at: start)
            }
            return .function(call)
        }
    }
}
