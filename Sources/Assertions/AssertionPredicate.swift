/// The test an assertion applies to the query's value.
package enum AssertionPredicate: Sendable, Hashable {
    case compare(AssertionComparison, AssertionValue)
    case contains(AssertionValue)
    case startsWith(AssertionValue)
    case endsWith(AssertionValue)
    /// `matches /pattern/`: the pattern is searched anywhere in the string (use `^…$` to anchor).
    case matches(AssertionValue)
    case isIn([AssertionValue])
    case exists
    case isString, isNumber, isInteger, isBoolean, isArray, isObject, isNull, isEmpty
    case isIsoDate, isUuid, isEmail

    /// Predicate keywords, for messages and suggestions.
    static let keywords = [
        "==", "!=", ">", ">=", "<", "<=", "contains", "startsWith", "endsWith", "matches", "in", "exists",
        "isString", "isNumber", "isInteger", "isBoolean", "isArray", "isObject", "isNull", "isEmpty",
        "isIsoDate", "isUuid", "isEmail",
    ]
}
