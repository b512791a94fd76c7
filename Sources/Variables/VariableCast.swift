import JSON

/// The typecast Newman applies to a variable's value for its declared type (`Variable.types` upstream).
enum VariableCast {
    case string, number, boolean, array, object, any

    init(type: String) {
        // Types are matched case-insensitively upstream; the common spellings skip the lowercasing.
        switch type {
        case "any", "default", "secret", "text", "": self = .any
        case "string": self = .string
        default: self.init(lowercasedType: type.lowercased())
        }
    }

    private init(lowercasedType type: String) {
        switch type {
        case "string": self = .string
        case "number": self = .number
        case "boolean": self = .boolean
        case "array": self = .array
        case "object": self = .object
        default: self = .any
        }
    }

    /// The cast applied when a value is stored.
    func castIn(_ value: JSONValue?) -> JSONValue? {
        switch self {
        case .string: .string(JSONValue.javaScriptStringCall(value))
        case .number: .number(JSONValue.javaScriptNumberCall(value))
        case .boolean: .bool(JSONValue.javaScriptBooleanCall(value))
        case .array, .object:
            // Stored as JSON text; strings are kept as they are.
            switch value {
            case nil: nil
            case .string(let text)?: .string(text)
            case let other?: .string(JSONWriter.write(other))
            }
        case .any: value
        }
    }

    /// The cast applied when a value is read.
    func castOut(_ value: JSONValue?) -> JSONValue? {
        switch self {
        case .string, .number, .boolean: castIn(value)
        case .array:
            if case .array = parsed(value) { parsed(value) } else { nil }
        case .object:
            if case .object = parsed(value) { parsed(value) } else { nil }
        case .any: value
        }
    }

    private func parsed(_ value: JSONValue?) -> JSONValue? {
        // JSON.parse(String(value)) upstream; only stored text can hold JSON.
        switch value {
        case .string(let text)?: try? JSONParser.parse(text)
        case let other?: other
        case nil: nil
        }
    }
}
