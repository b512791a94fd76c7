import JSON

/// An assertions file (`--assertions FILE.json` or `<collection>.assertions.json`), parsed and checked.
///
/// Shape:
/// ```json
/// {
///   "**": ["status < 400", "duration < 2000"],
///   "Projects/List projects": ["$.projects count > 0", "$.projects[*].project_name isString"],
///   "3f1c…-item-id": ["status == 201"],
///   "capture": {
///     "project": "$.projects[0].project_name",
///     "Projects/Create project": { "projectId": "$.project.id", "etag": "header \"ETag\"" }
///   }
/// }
/// ```
/// Every key but `capture` is a `RequestSelector` whose value is an array of assertion lines. In `capture`, a
/// string value captures from every response where the query finds something; an object value is a selector
/// whose captures apply to the requests it matches. A capture is any assertion query (`$…` most often).
package struct AssertionsFile: Sendable {
    /// The file name used in messages.
    package var file: String
    package var rules: [AssertionRule]
    package var captures: [CaptureRule]

    package init(file: String, rules: [AssertionRule] = [], captures: [CaptureRule] = []) {
        self.file = file
        self.rules = rules
        self.captures = captures
    }

    /// The assertions for one request, in file order.
    package func assertions(forItemID itemID: String?, path: [String]) -> [Assertion] {
        rules.filter { $0.selector.matches(itemID: itemID, path: path) }.flatMap(\.assertions)
    }

    /// The captures for one request, in file order.
    package func captures(forItemID itemID: String?, path: [String]) -> [CaptureRule] {
        captures.filter { $0.selector?.matches(itemID: itemID, path: path) ?? true }
    }

    /// Selectors (of rules and captures) that match none of `items`: each deserves a warning.
    package func unmatchedSelectors(items: [(id: String?, path: [String])]) -> [RequestSelector] {
        var seen = Set<RequestSelector>()
        var unmatched: [RequestSelector] = []
        let selectors = rules.map(\.selector) + captures.compactMap(\.selector)
        for selector in selectors where seen.insert(selector).inserted {
            if !items.contains(where: { selector.matches(itemID: $0.id, path: $0.path) }) {
                unmatched.append(selector)
            }
        }
        return unmatched
    }
}
