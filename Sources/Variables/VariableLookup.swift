/// The outcome of looking a name up in a `ScopeChain`.
package enum VariableLookup: Sendable, Hashable {
    /// A user variable, with the scope it came from.
    case variable(String, VariableScopeKind)
    /// A freshly generated dynamic value.
    case dynamic(String)
    /// The iteration data row holds `null` for this name: Newman leaves the token unresolved.
    case nullInIterationData
    /// No scope defines the name.
    case missing
}
