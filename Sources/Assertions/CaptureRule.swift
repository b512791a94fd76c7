import JSON

/// Sets a variable from a response: `"project": "$.projects[0].project_name"`.
package struct CaptureRule: Sendable, Hashable {
    package var variable: String
    package var query: AssertionQuery
    /// The requests it applies to; nil means every request.
    package var selector: RequestSelector?
    package var location: JSONLocation

    package init(variable: String, query: AssertionQuery, selector: RequestSelector?, location: JSONLocation) {
        self.variable = variable
        self.query = query
        self.selector = selector
        self.location = location
    }
}
