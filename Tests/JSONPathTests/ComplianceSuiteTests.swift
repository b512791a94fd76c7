import Foundation
import JSON
import Testing

@testable import JSONPath

/// Runs every case of the official RFC 9535 compliance test suite (`cts.json`, BSD-2, see LICENSE and NOTICE).
///
/// Skip list: empty. Every one of the 703 cases runs.
@Suite struct ComplianceSuiteTests {
    /// One case of `cts.json`.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var selector: String
        var document: JSONValue?
        var invalid: Bool
        /// The acceptable results: one for deterministic cases, several when member order is unspecified.
        var results: [[JSONValue]]
        var resultPaths: [[String]]

        var testDescription: String { name }
    }

    static let cases: [Case] = loadCases()

    static func loadCases() -> [Case] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("cts.json")
        guard let data = try? Data(contentsOf: url), let suite = try? JSONParser.parse(data),
            let tests = suite["tests"]?.arrayValue
        else { return [] }
        return tests.map { test in
            let strings: (JSONValue?) -> [String] = { $0?.arrayValue?.compactMap(\.stringValue) ?? [] }
            var results: [[JSONValue]] = []
            var paths: [[String]] = []
            if let result = test["result"]?.arrayValue {
                results = [result]
                paths = [strings(test["result_paths"])]
            } else if let alternatives = test["results"]?.arrayValue {
                results = alternatives.compactMap(\.arrayValue)
                paths = (test["results_paths"]?.arrayValue ?? []).map { strings($0) }
            }
            return Case(
                name: test["name"]?.stringValue ?? "?", selector: test["selector"]?.stringValue ?? "",
                document: test["document"], invalid: test["invalid_selector"]?.boolValue ?? false,
                results: results, resultPaths: paths)
        }
    }

    @Test func theSuiteHasAllSevenHundredAndThreeCases() {
        #expect(Self.cases.count == 703)
    }

    @Test(arguments: cases)
    func complianceCase(_ test: Case) throws {
        if test.invalid {
            #expect(throws: JSONPathError.self) { try JSONPathQuery(test.selector) }
            return
        }
        let query = try JSONPathQuery(test.selector)
        let nodes = query.select(in: test.document ?? .null)
        let values = nodes.map(\.value)
        let paths = nodes.map(\.path.description)
        let matching = test.results.indices.filter { index in
            test.results[index].count == values.count
                && zip(test.results[index], values).allSatisfy { JSONPathEvaluator.deepEqual($0, $1) }
                && (index >= test.resultPaths.count || test.resultPaths[index] == paths)
        }
        #expect(!matching.isEmpty, "got \(values.map { JSONWriter.write($0) }) at \(paths)")
        #expect(query.values(in: test.document ?? .null).count == values.count)
    }
}
