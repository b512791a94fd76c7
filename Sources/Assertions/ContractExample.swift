/// A saved example response of an item, reduced to what a contract check compares.
package struct ContractExample: Sendable, Hashable {
    package var name: String
    /// The example's status code; nil matches any status.
    package var code: Int?
    /// The example's `Content-Type` header value, if it has one.
    package var contentType: String?
    /// The example's body text; nil or empty means only status and content type are checked.
    package var body: String?

    package init(name: String = "", code: Int?, contentType: String?, body: String?) {
        self.name = name
        self.code = code
        self.contentType = contentType
        self.body = body
    }
}
