import JSON

/// A parsed, well-typed RFC 9535 JSONPath query such as `$.items[?@.price > 10].name`.
///
/// Parse once with `init(_:)`, then run it against any number of documents. Results are nodelists in document
/// order (object members in the order the parser kept them), each with its normalized path.
package struct JSONPathQuery: Sendable, Hashable, CustomStringConvertible {
    /// The query as written.
    package let source: String
    let segments: [Segment]

    /// Parses `source`; a syntax or well-typedness problem throws a `JSONPathError` with the offending column.
    package init(_ source: String) throws(JSONPathError) {
        var parser = JSONPathParser(source)
        self.source = source
        self.segments = try parser.parseQuery()
    }

    /// True when the query can select at most one node (only single name and index selectors, no `..`).
    package var isSingular: Bool { segments.allSatisfy(\.isSingular) }

    package var description: String { source }

    // Two queries are the same when they were written the same way.
    package static func == (lhs: JSONPathQuery, rhs: JSONPathQuery) -> Bool { lhs.source == rhs.source }
    package func hash(into hasher: inout Hasher) { hasher.combine(source) }

    /// The selected nodes with their normalized paths.
    package func select(in document: JSONValue) -> [JSONPathNode] {
        var evaluator = JSONPathEvaluator(root: document, tracksPaths: true)
        return evaluator.nodes(segments, from: document)
    }

    /// The selected values only; faster than `select(in:)` because no paths are built.
    package func values(in document: JSONValue) -> [JSONValue] {
        var evaluator = JSONPathEvaluator(root: document, tracksPaths: false)
        return evaluator.nodes(segments, from: document).map(\.value)
    }
}
