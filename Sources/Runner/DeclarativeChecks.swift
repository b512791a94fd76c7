import Assertions
import Foundation
import JSON
import PostmanFormat
import Transport

/// The checks that need no JavaScript: `--assert` lines, the assertions file, and contract checks against the
/// item's saved examples.
package struct DeclarativeChecks: Sendable {
    /// Lines given with `--assert`: they apply to every request.
    package var assertions: [Assertion] = []
    package var file: AssertionsFile?
    /// Set to check responses against saved examples (`--contract examples`).
    package var contract: ContractOptions?

    package init(assertions: [Assertion] = [], file: AssertionsFile? = nil, contract: ContractOptions? = nil) {
        self.assertions = assertions
        self.file = file
        self.contract = contract
    }

    package var isEmpty: Bool { assertions.isEmpty && file == nil && contract == nil }

    /// The actual value a failure shows is cut to this many characters.
    static let excerptLength = 200

    /// Runs every check that applies to `item` against `response`, and collects the captures it defines.
    func evaluate(
        _ item: PlannedItem, response: HTTPResponse, duration: Duration, resolve: @escaping (String) -> String
    ) -> (checks: [CheckResult], captures: [(String, String)], warnings: [String]) {
        let evaluator = AssertionEvaluator(response: response, duration: duration, resolve: resolve)
        let path = item.folders + [item.name]
        var lines = assertions
        if let file { lines += file.assertions(forItemID: item.item.id, path: path) }
        var checks = evaluator.evaluate(lines).map(Self.check)
        var warnings: [String] = []
        if let contract {
            let (check, contractWarnings) = contractCheck(item, response: response, options: contract)
            checks.append(check)
            warnings += contractWarnings
        }
        var captures: [(String, String)] = []
        for rule in file?.captures(forItemID: item.item.id, path: path) ?? [] {
            if let value = evaluator.capture(rule.query) { captures.append((rule.variable, value)) }
        }
        return (checks, captures, warnings)
    }

    private static func check(_ result: AssertionResult) -> CheckResult {
        guard !result.passed else { return CheckResult(name: result.name, source: .assertion, outcome: .passed) }
        let actual = result.actual.count > excerptLength
            ? String(result.actual.prefix(excerptLength)) + "…" : result.actual
        return CheckResult(
            name: result.name, source: .assertion,
            outcome: .failed(
                CheckFailure(
                    message: result.message ?? "the check was false", expected: result.expected, actual: actual,
                    location: result.path)))
    }

    static let contractName = "contract: examples"

    private func contractCheck(_ item: PlannedItem, response: HTTPResponse, options: ContractOptions)
        -> (CheckResult, [String])
    {
        let examples = item.item.examples.map { example in
            ContractExample(
                name: example.name, code: example.code,
                contentType: example.headers.last { $0.key.caseInsensitiveEquals("Content-Type") && !$0.isDisabled }?.value,
                body: example.body)
        }
        let result = ContractChecker(examples: examples, options: options).check(response)
        let warnings = result.warnings.isEmpty ? [] : [result.warningReport]
        switch result.outcome {
        case .passed:
            return (CheckResult(name: Self.contractName, source: .contract, outcome: .passed), warnings)
        case .noContract:
            return (
                CheckResult(name: Self.contractName + " (no contract: the request has no saved examples)", source: .contract, outcome: .skipped),
                warnings
            )
        case .failed:
            let example = result.exampleName.map { " '\($0)'" } ?? ""
            return (
                CheckResult(
                    name: Self.contractName, source: .contract,
                    outcome: .failed(
                        CheckFailure(message: "the response does not match the saved example\(example)\n" + result.report))),
                warnings
            )
        }
    }
}
