/// An auth definition's parameters after variable resolution, keyed by Postman's parameter names
/// (`consumerKey`, `realm`, …). Booleans arrive as the strings `true`/`false`.
package struct AuthParameters: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    package var values: [String: String]

    package init(_ values: [String: String]) {
        self.values = values
    }

    package init(dictionaryLiteral elements: (String, String)...) {
        values = Dictionary(elements, uniquingKeysWith: { _, last in last })
    }

    /// The value, or nil when it is absent or empty: Postman treats an empty string as "not set".
    package subscript(name: String) -> String? {
        guard let value = values[name], !value.isEmpty else { return nil }
        return value
    }

    /// Whether a boolean parameter is on (`true` or `1`, any case).
    package func isOn(_ name: String) -> Bool {
        guard let value = values[name]?.lowercased() else { return false }
        return value == "true" || value == "1"
    }
}
