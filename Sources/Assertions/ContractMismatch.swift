/// One difference between a response and its example, such as `$.tags` `missing`.
package struct ContractMismatch: Sendable, Hashable {
    /// `status`, `Content-Type`, or a JSONPath-like location such as `$.projects[0].tags`.
    package var path: String
    /// `missing`, `expected string  got number (4.11)`, `unexpected key`, ….
    package var detail: String

    package init(path: String, detail: String) {
        self.path = path
        self.detail = detail
    }
}
