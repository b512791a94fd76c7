import JSON

/// One side of a comparison, or a ValueType function argument.
enum FilterOperand: Sendable {
    case literal(JSONValue)
    /// A singular query; it yields Nothing when it selects no node.
    case query(FilterQuery)
    /// A function whose result type is ValueType.
    case function(FunctionCall)
}
