import JSON

/// One named value in a scope, with Newman's rules for types, disabled flags and conversion to text.
///
/// `value` is what Newman stores (and exports): a JSON value, or `nil` for JavaScript's `undefined`.
/// Scripts may store objects and arrays, so it is not limited to strings.
package struct Variable: Sendable, Hashable {
    package var key: String
    /// The stored value after the type's input cast; `nil` stands for `undefined`.
    package var value: JSONValue?
    /// The declared type, verbatim from the file (`string`, `secret`, `default`, `any`, …).
    /// Only `string`, `number`, `boolean`, `array` and `object` change how the value reads; the rest act as `any`.
    package var type: String
    /// `"disabled": true` hides the variable. Postman's `"enabled": false` does not: Newman ignores it.
    package var isDisabled: Bool
    /// The value must be masked in reports and logs (`"type": "secret"` or injected from the process environment).
    package var isSecret: Bool

    /// Makes a variable the way Newman loads one: a value given for a cast type is cast on the way in.
    package init(
        key: String,
        value: JSONValue?,
        type: String = "any",
        isDisabled: Bool = false,
        isSecret: Bool? = nil
    ) {
        self.key = key
        self.type = type
        self.isDisabled = isDisabled
        self.isSecret = isSecret ?? (type == "secret")
        self.value = VariableCast(type: type).castIn(value)
    }

    /// What `get()` returns in Newman: the stored value after the type's output cast; `nil` is `undefined`.
    package var resolvedValue: JSONValue? {
        VariableCast(type: type).castOut(value)
    }

    /// Newman's `Variable.toString()`: `null` → `"null"`, `undefined` → `""`, objects → `"[object Object]"`,
    /// arrays joined with commas, numbers as JavaScript prints them.
    package var stringValue: String {
        guard let resolved = resolvedValue else { return "" }
        return resolved.javaScriptString
    }

    /// Replaces the value, applying the type's input cast as Newman's `Variable.set` does.
    package mutating func assign(_ newValue: JSONValue?) {
        value = VariableCast(type: type).castIn(newValue)
    }
}

extension Variable {
    /// Reads one entry of an environment, globals or collection `values`/`variable` array as Newman does:
    /// a truthy `"disabled"` hides it, while Postman's `"enabled": false` is ignored (Newman resolves such
    /// variables). Entries that are not objects give `nil`; a missing `value` is `undefined`.
    package init?(definition: JSONValue) {
        guard case .object(let object) = definition else { return nil }
        let key: String =
            switch object["key"] {
            case .string(let text)?: text
            case let other?: other.javaScriptString
            case nil: ""
            }
        self.init(
            key: key,
            value: object["value"],
            type: object["type"]?.stringValue ?? "any",
            isDisabled: JSONValue.javaScriptBooleanCall(object["disabled"]))
    }
}
