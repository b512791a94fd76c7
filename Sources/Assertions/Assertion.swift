import JSON
import JSONPath

/// One declarative check, parsed from a line such as `jsonpath "$.items" count > 0` or `not status == 5xx`.
package struct Assertion: Sendable, Hashable, CustomStringConvertible {
    /// The line as written, trimmed: what reports show as the check's name.
    package var source: String
    package var query: AssertionQuery
    /// `count` after the query: the number of nodes, or the length of an array, object or string.
    package var counts: Bool
    package var isNegated: Bool
    package var predicate: AssertionPredicate

    package init(
        source: String, query: AssertionQuery, counts: Bool = false, isNegated: Bool = false,
        predicate: AssertionPredicate
    ) {
        self.source = source
        self.query = query
        self.counts = counts
        self.isNegated = isNegated
        self.predicate = predicate
    }

    package var description: String { source }
}
