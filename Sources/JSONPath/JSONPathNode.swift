import JSON

/// One result of a query: a value in the document and where it is.
package struct JSONPathNode: Sendable, Hashable {
    package var value: JSONValue
    package var path: NormalizedPath

    package init(value: JSONValue, path: NormalizedPath) {
        self.value = value
        self.path = path
    }
}
