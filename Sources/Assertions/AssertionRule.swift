import JSON

/// The assertions an assertions file attaches to one selector.
package struct AssertionRule: Sendable, Hashable {
    package var selector: RequestSelector
    package var assertions: [Assertion]
    /// Where the selector's array is in the file.
    package var location: JSONLocation

    package init(selector: RequestSelector, assertions: [Assertion], location: JSONLocation) {
        self.selector = selector
        self.assertions = assertions
        self.location = location
    }
}
