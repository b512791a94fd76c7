/// A call of one of the RFC 9535 function extensions, with arguments converted to the declared parameter types.
struct FunctionCall: Sendable {
    var function: FilterFunction
    var arguments: [FunctionArgument]
    /// For `match`/`search` with a literal pattern: the pattern compiled once (nil inside when it is invalid).
    var literalPattern: IRegexp??
}

/// A function argument as the declared parameter type wants it.
enum FunctionArgument: Sendable {
    case value(FilterOperand)
    case nodes(FilterQuery)
    case logical(FilterExpression)
}
