/// The function extensions of RFC 9535 §2.4 and their declared types.
enum FilterFunction: String, Sendable, CaseIterable {
    case length, count, match, search, value

    /// The three types of the RFC's function type system.
    enum ValueKind: Sendable, Equatable {
        case value, logical, nodes
    }

    var parameters: [ValueKind] {
        switch self {
        case .length: [.value]
        case .count: [.nodes]
        case .match, .search: [.value, .value]
        case .value: [.nodes]
        }
    }

    var result: ValueKind {
        switch self {
        case .length, .count, .value: .value
        case .match, .search: .logical
        }
    }
}
