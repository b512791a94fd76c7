/// Which layer of the run a scope is; the order of the cases is not the precedence (see `ScopeChain`).
package enum VariableScopeKind: String, Sendable, Hashable, CaseIterable {
    case globals
    case environment
    case collection
    case iterationData
    case local
}
