/// `==`, `!=`, `>`, `>=`, `<`, `<=`.
package enum AssertionComparison: String, Sendable, Hashable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case greater = ">"
    case greaterOrEqual = ">="
    case less = "<"
    case lessOrEqual = "<="
}
