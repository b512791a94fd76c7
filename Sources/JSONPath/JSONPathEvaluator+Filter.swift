import JSON

extension JSONPathEvaluator {
    /// A function's result in the RFC's type system; a `.none` value is "Nothing".
    ///
    /// `JSONValue` is `ExpressibleByNilLiteral` (as `.null`), so this file writes `.none`, never `nil`, for Nothing.
    private enum FunctionResult {
        case value(JSONValue?)
        case logical(Bool)
        case nodes([JSONValue])
    }

    /// Evaluates a filter's logical expression with `current` as `@`.
    func test(_ expression: FilterExpression, current: JSONValue) -> Bool {
        switch expression {
        case .or(let operands):
            return operands.contains { test($0, current: current) }
        case .and(let operands):
            return operands.allSatisfy { test($0, current: current) }
        case .not(let operand):
            return !test(operand, current: current)
        case .comparison(let left, let comparison, let right):
            return Self.compare(value(of: left, current: current), comparison, value(of: right, current: current))
        case .exists(let query):
            if query.isSingular {
                return singular(query, current: current).map { _ in true } ?? false
            }
            return !values(of: query, current: current).isEmpty
        case .function(let call):
            switch evaluate(call, current: current) {
            case .logical(let result): return result
            case .nodes(let nodes): return !nodes.isEmpty
            case .value(let value): return value.map { _ in true } ?? false
            }
        }
    }

    private func values(of query: FilterQuery, current: JSONValue) -> [JSONValue] {
        var evaluator = JSONPathEvaluator(root: root, tracksPaths: false)
        return evaluator.nodes(query.segments, from: query.isRelative ? current : root).map(\.value)
    }

    /// Follows a singular query without building a nodelist.
    private func singular(_ query: FilterQuery, current: JSONValue) -> JSONValue? {
        var value = query.isRelative ? current : root
        for segment in query.segments {
            switch segment.selectors[0] {
            case .name(let name):
                guard case .object(let object) = value, let member = Self.member(named: name, in: object) else {
                    return .none
                }
                value = member
            case .index(let index):
                guard case .array(let elements) = value, let resolved = Self.resolve(index, count: elements.count)
                else { return .none }
                value = elements[resolved]
            default:
                return .none
            }
        }
        return value
    }

    private func value(of operand: FilterOperand, current: JSONValue) -> JSONValue? {
        switch operand {
        case .literal(let value):
            return value
        case .query(let query):
            return singular(query, current: current)
        case .function(let call):
            if case .value(let value) = evaluate(call, current: current) { return value }
            return .none
        }
    }

    private func evaluate(_ call: FunctionCall, current: JSONValue) -> FunctionResult {
        switch call.function {
        case .length:
            guard case .value(let operand) = call.arguments[0] else { return .value(.none) }
            switch value(of: operand, current: current) {
            case .string(let text): return .value(.number(Double(text.unicodeScalars.count)))
            case .array(let elements): return .value(.number(Double(elements.count)))
            case .object(let object): return .value(.number(Double(object.count)))
            default: return .value(.none)
            }
        case .count:
            guard case .nodes(let query) = call.arguments[0] else { return .value(.none) }
            return .value(.number(Double(values(of: query, current: current).count)))
        case .value:
            guard case .nodes(let query) = call.arguments[0] else { return .value(.none) }
            let nodes = values(of: query, current: current)
            return .value(nodes.count == 1 ? .some(nodes[0]) : .none)
        case .match, .search:
            guard case .value(let subjectOperand) = call.arguments[0],
                case .value(let patternOperand) = call.arguments[1],
                case .string(let subject) = value(of: subjectOperand, current: current)
            else { return .logical(false) }
            let regexp: IRegexp?
            if let compiled = call.literalPattern {
                regexp = compiled
            } else if case .string(let pattern) = value(of: patternOperand, current: current) {
                regexp = IRegexp(pattern)
            } else {
                regexp = nil
            }
            guard let regexp else { return .logical(false) }
            return .logical(call.function == .match ? regexp.matches(subject) : regexp.search(subject))
        }
    }

    // MARK: - Comparison (RFC 9535 §2.3.5.2.2)

    static func compare(_ left: JSONValue?, _ comparison: ComparisonOperator, _ right: JSONValue?) -> Bool {
        switch comparison {
        case .equal: equal(left, right)
        case .notEqual: !equal(left, right)
        case .less: less(left, right)
        case .lessOrEqual: less(left, right) || equal(left, right)
        case .greater: less(right, left)
        case .greaterOrEqual: less(right, left) || equal(left, right)
        }
    }

    private static func equal(_ left: JSONValue?, _ right: JSONValue?) -> Bool {
        switch (left, right) {
        case (.none, .none): true
        case (let left?, let right?): deepEqual(left, right)
        default: false
        }
    }

    private static func less(_ left: JSONValue?, _ right: JSONValue?) -> Bool {
        switch (left, right) {
        case (.number(let a)?, .number(let b)?): a < b
        case (.string(let a)?, .string(let b)?): a.precedesByScalars(b)
        default: false
        }
    }

    /// JSON equality: numbers by value (so `1 == 1.0` and `-0 == 0`), strings by scalars, objects regardless of
    /// member order, and never across types (`true` is not `1`).
    static func deepEqual(_ left: JSONValue, _ right: JSONValue) -> Bool {
        switch (left, right) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a.sameScalars(as: b)
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { deepEqual($0, $1) }
        case (.object(let a), .object(let b)):
            let leftMembers = a.deduplicated, rightMembers = b.deduplicated
            guard leftMembers.count == rightMembers.count else { return false }
            return leftMembers.allSatisfy { entry in
                guard let other = member(named: entry.key, in: b) else { return false }
                return deepEqual(entry.value, other)
            }
        default: return false
        }
    }
}
