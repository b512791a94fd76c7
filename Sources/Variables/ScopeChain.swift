/// The scopes a `{{name}}` is looked up in, highest precedence first:
/// local → iteration data → environment → collection → globals → dynamic `{{$…}}` values.
///
/// A user variable named like a dynamic one (`$guid`) shadows it, because dynamic values are consulted last.
package struct ScopeChain: Sendable {
    package var local: VariableScope
    package var iterationData: VariableScope
    package var environment: VariableScope
    package var collection: VariableScope
    package var globals: VariableScope
    /// `nil` turns dynamic variables off (their tokens then stay unresolved).
    package var dynamicVariables: DynamicVariables?

    package init(
        local: VariableScope = VariableScope(kind: .local),
        iterationData: VariableScope = VariableScope(kind: .iterationData),
        environment: VariableScope = VariableScope(kind: .environment),
        collection: VariableScope = VariableScope(kind: .collection),
        globals: VariableScope = VariableScope(kind: .globals),
        dynamicVariables: DynamicVariables? = nil
    ) {
        self.local = local
        self.iterationData = iterationData
        self.environment = environment
        self.collection = collection
        self.globals = globals
        self.dynamicVariables = dynamicVariables
    }

    /// The user scopes in precedence order, highest first.
    package var scopes: [VariableScope] {
        [local, iterationData, environment, collection, globals]
    }

    /// One scope by kind.
    package subscript(kind: VariableScopeKind) -> VariableScope {
        get {
            switch kind {
            case .local: local
            case .iterationData: iterationData
            case .environment: environment
            case .collection: collection
            case .globals: globals
            }
        }
        set {
            switch kind {
            case .local: local = newValue
            case .iterationData: iterationData = newValue
            case .environment: environment = newValue
            case .collection: collection = newValue
            case .globals: globals = newValue
            }
        }
    }

    /// What `{{name}}` resolves to, generating a fresh dynamic value on every call.
    package func lookup(_ name: String) -> VariableLookup {
        if !local.isEmpty, let text = local.stringValue(for: name) { return .variable(text, .local) }
        if !iterationData.isEmpty, let variable = iterationData.variable(named: name) {
            // A data row is a plain object upstream: only string, number and boolean values substitute, so a
            // null (or undefined) leaves the token as it is, without falling through to lower scopes.
            guard let value = variable.resolvedValue, !value.isNull else { return .nullInIterationData }
            return .variable(value.javaScriptString, .iterationData)
        }
        if !environment.isEmpty, let text = environment.stringValue(for: name) { return .variable(text, .environment) }
        if !collection.isEmpty, let text = collection.stringValue(for: name) { return .variable(text, .collection) }
        if !globals.isEmpty, let text = globals.stringValue(for: name) { return .variable(text, .globals) }
        if let dynamicVariables, let text = dynamicVariables.value(for: name) { return .dynamic(text) }
        return .missing
    }

    /// The replacement text for `{{name}}`, or `nil` when the token stays as it is.
    package func value(for name: String) -> String? {
        switch lookup(name) {
        case .variable(let text, _), .dynamic(let text): text
        case .nullInIterationData, .missing: nil
        }
    }

    /// The variable `pm.variables.get(name)` sees (the highest-precedence enabled one), without dynamic values.
    package func variable(named name: String) -> (variable: Variable, scope: VariableScopeKind)? {
        for scope in scopes {
            if let variable = scope.variable(named: name) { return (variable, scope.kind) }
        }
        return nil
    }

    /// The text of every secret variable in every scope, longest first so that masking replaces whole values
    /// before their substrings.
    package var secretValues: [String] {
        Array(Set(scopes.flatMap(\.secretValues))).sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// Whether `{{name}}` would resolve, without generating a dynamic value.
    package func resolves(_ name: String) -> Bool {
        if let (variable, scope) = variable(named: name) {
            if scope == .iterationData, variable.resolvedValue?.isNull ?? true { return false }
            return true
        }
        return dynamicVariables != nil && DynamicVariables.isDynamic(name)
    }
}
