import JSON

/// An ordered list of variables with Newman's `VariableScope` semantics.
///
/// Duplicated keys are kept in order; lookups see the **last enabled** one. `set` updates that variable or appends
/// a new one (a disabled variable is never updated), `unset` removes every enabled variable with the key and keeps
/// the disabled ones, `clear` removes everything.
package struct VariableScope: Sendable, Hashable {
    package var kind: VariableScopeKind
    package var name: String
    package private(set) var variables: [Variable]
    /// The index of the last enabled variable for each key.
    private var lastEnabled: [String: Int]

    package init(kind: VariableScopeKind, name: String? = nil, variables: [Variable] = []) {
        self.kind = kind
        self.name = name ?? kind.rawValue
        self.variables = variables
        self.lastEnabled = Self.index(of: variables)
    }

    /// A scope holding the members of a plain object, such as one row of an iteration data file.
    package init(kind: VariableScopeKind, name: String? = nil, object: JSONObject) {
        self.init(kind: kind, name: name, variables: object.map { Variable(key: $0.key, value: $0.value) })
    }

    package var isEmpty: Bool { variables.isEmpty }

    /// The variable a lookup of `key` sees: the last enabled one with that key.
    package func variable(named key: String) -> Variable? {
        guard let position = lastEnabled[key] else { return nil }
        return variables[position]
    }

    /// Newman's `has`: an enabled variable with this key exists.
    package func has(_ key: String) -> Bool {
        lastEnabled[key] != nil
    }

    /// Newman's `get`: the value after the type's cast, or `nil` (undefined) when absent or undefined.
    package func get(_ key: String) -> JSONValue? {
        variable(named: key)?.resolvedValue
    }

    /// The text `{{key}}` is replaced with, by `Variable.toString()` rules; `nil` when no enabled variable exists.
    package func stringValue(for key: String) -> String? {
        variable(named: key)?.stringValue
    }

    /// Newman's `set`: updates the last enabled variable with this key (and its type when one is given), or
    /// appends a new variable. `nil` stores `undefined`. `isSecret`, when given, marks or unmarks the variable
    /// (values injected from `POSTIE_ENV_…` are secrets).
    package mutating func set(_ key: String, _ value: JSONValue?, type: String? = nil, isSecret: Bool? = nil) {
        if let position = lastEnabled[key] {
            if let type { variables[position].type = type }
            if let isSecret { variables[position].isSecret = isSecret }
            variables[position].assign(value)
        } else {
            variables.append(Variable(key: key, value: value, type: type ?? "any", isSecret: isSecret))
            lastEnabled[key] = variables.count - 1
        }
    }

    /// The text of every enabled secret variable, for masking in reports and logs (empty values left out).
    package var secretValues: [String] {
        variables.compactMap { variable in
            guard variable.isSecret, !variable.isDisabled else { return nil }
            let text = variable.stringValue
            return text.isEmpty ? nil : text
        }
    }

    /// Appends a variable as loaded from a file, duplicates and disabled flags included.
    package mutating func append(_ variable: Variable) {
        variables.append(variable)
        if !variable.isDisabled { lastEnabled[variable.key] = variables.count - 1 }
    }

    /// Newman's `unset`: removes every enabled variable with this key; disabled ones stay.
    package mutating func unset(_ key: String) {
        guard lastEnabled[key] != nil else { return }
        variables.removeAll { $0.key == key && !$0.isDisabled }
        lastEnabled = Self.index(of: variables)
    }

    /// Newman's `clear`: removes every variable, disabled ones included.
    package mutating func clear() {
        variables.removeAll()
        lastEnabled.removeAll()
    }

    /// The enabled variables, one per key (the last enabled one), in the order keys first appear.
    package var effectiveVariables: [Variable] {
        var order: [String] = []
        var seen = Set<String>()
        for variable in variables where !variable.isDisabled && seen.insert(variable.key).inserted {
            order.append(variable.key)
        }
        return order.compactMap { variable(named: $0) }
    }

    /// Newman's `toObject()`: enabled variables by key with their read values. Undefined values are left out,
    /// as `JSON.stringify` would.
    package func toObject() -> JSONObject {
        var members: [JSONMember] = []
        for variable in effectiveVariables {
            if let value = variable.resolvedValue {
                members.append(JSONMember(key: variable.key, value: value))
            }
        }
        return JSONObject(members)
    }

    private static func index(of variables: [Variable]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(variables.count)
        for (position, variable) in variables.enumerated() where !variable.isDisabled {
            index[variable.key] = position
        }
        return index
    }
}
