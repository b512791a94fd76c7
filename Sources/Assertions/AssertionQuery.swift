import JSONPath

/// What an assertion looks at in the response.
package enum AssertionQuery: Sendable, Hashable {
    case status
    case header(String)
    case jsonPath(JSONPathQuery)
    /// A JSONPath with `{{…}}` where a literal or name goes (`$.items[?@.id == {{id}}]`): it is parsed once the
    /// templates are resolved. Queries whose templates sit inside string literals stay `jsonPath`.
    case jsonPathTemplate(String)
    case body
    /// Milliseconds from sending to the last byte.
    case duration
    /// Body size in bytes.
    case size
    /// The value of the named cookie set by a `Set-Cookie` header of this response.
    case cookie(String)
    /// The media type of `Content-Type`, lowercased and without parameters (`application/json`).
    case contentType

    /// The keywords that start a query, for messages and suggestions.
    static let keywords = ["status", "header", "jsonpath", "body", "duration", "size", "cookie", "contentType"]
}
