import JSON

/// The logical expression of a filter selector `?…`, already checked for well-typedness.
indirect enum FilterExpression: Sendable {
    case or([FilterExpression])
    case and([FilterExpression])
    case not(FilterExpression)
    case comparison(FilterOperand, ComparisonOperator, FilterOperand)
    /// An existence test: true when the query selects at least one node.
    case exists(FilterQuery)
    /// A function whose result type is LogicalType, or NodesType converted to logical (non-empty).
    case function(FunctionCall)
}
