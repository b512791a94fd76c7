/// How strict a contract check is (`--contract-nulls`, `--contract-extra-keys`).
package struct ContractOptions: Sendable, Hashable {
    /// Whether `null` and a value may stand in for each other.
    package enum Nulls: String, Sendable, Hashable, CaseIterable {
        /// `null` is accepted where the example has a value, and a value where the example has `null`.
        case lenient
        /// `null` must be `null`, and a value must not be `null`.
        case strict
    }

    /// What to do with keys the response has but the example lacks.
    package enum ExtraKeys: String, Sendable, Hashable, CaseIterable {
        case fail, warn, ignore
    }

    package var nulls: Nulls
    package var extraKeys: ExtraKeys

    package init(nulls: Nulls = .lenient, extraKeys: ExtraKeys = .ignore) {
        self.nulls = nulls
        self.extraKeys = extraKeys
    }
}
