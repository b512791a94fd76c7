import JSON

/// An expected value as written: a JSON literal, possibly with `{{variable}}` templates still to resolve.
package indirect enum AssertionValue: Sendable, Hashable {
    case literal(JSONValue)
    /// A quoted string containing `{{…}}`: resolves to a string.
    case template(String)
    /// An unquoted `{{name}}`: the resolved text is read as a JSON literal when it is one (`42`, `true`), else a
    /// string.
    case bareTemplate(String)
    case array([AssertionValue])
    case object([AssertionMember])
    /// `2xx`: any status from 200 to 299.
    case statusClass(Int)
    /// A `/regex/` literal, with `\/` unescaped.
    case regex(String)
}

/// One `"key": value` of an object value.
package struct AssertionMember: Sendable, Hashable {
    package var key: String
    package var value: AssertionValue

    package init(key: String, value: AssertionValue) {
        self.key = key
        self.value = value
    }
}
