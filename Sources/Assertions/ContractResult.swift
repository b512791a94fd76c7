/// The outcome of checking one response against an item's examples.
package struct ContractResult: Sendable, Hashable {
    package enum Outcome: String, Sendable, Hashable {
        case passed, failed
        /// The item has no saved examples: nothing was checked.
        case noContract
    }

    package var outcome: Outcome
    /// The name of the example the response was compared with (the closest one when it failed).
    package var exampleName: String?
    package var mismatches: [ContractMismatch]
    /// Differences that do not fail the check (extra keys with `warn`, an example body that is not JSON).
    package var warnings: [ContractMismatch]

    package init(
        outcome: Outcome, exampleName: String? = nil, mismatches: [ContractMismatch] = [],
        warnings: [ContractMismatch] = []
    ) {
        self.outcome = outcome
        self.exampleName = exampleName
        self.mismatches = mismatches
        self.warnings = warnings
    }

    /// The mismatches as an aligned path-by-path diff, one per line:
    /// ```
    /// $.projects[0].estimated_balance  expected string  got number (4.11)
    /// $.projects[0].tags               missing
    /// ```
    package var report: String { Self.render(mismatches) }

    /// The warnings in the same layout as `report`.
    package var warningReport: String { Self.render(warnings) }

    private static func render(_ lines: [ContractMismatch]) -> String {
        let width = lines.map(\.path.count).max() ?? 0
        return lines.map { line in
            line.path + String(repeating: " ", count: width - line.path.count) + "  " + line.detail
        }.joined(separator: "\n")
    }
}
