import Assertions
import Foundation
import JSON
import JSONPath

/// Throughput of JSONPath queries over a generated 10 MB document, and of contract checks.
///
/// Targets (release build): ≥ 50 MB/s for each query; ≤ 100 ms for 1,000 contract checks against a 5 KB example.
/// Each figure is the best of a few runs, measured on a monotonic clock. The baseline is a hand-written walk that
/// collects the same values with no query engine, measured in the same run.
enum JSONPathBenchmarks {
    static func run() {
        let (document, size) = generatedDocument(bytes: 10_000_000)
        let megabytes = Double(size) / 1_000_000
        print("JSONPath over a \(String(format: "%.1f", megabytes)) MB document")
        let baselines: [String: (JSONValue) -> Int] = [
            "$..name": { collectNames($0) },
            "$.items[?@.price > 10]": { document in
                document["items"]?.arrayValue?.filter { ($0["price"]?.numberValue ?? 0) > 10 }.count ?? 0
            },
        ]
        for source in ["$..name", "$.items[?@.price > 10]"] {
            guard let query = try? JSONPathQuery(source), let baseline = baselines[source] else { continue }
            var count = 0
            let seconds = best(of: 3) { count = query.select(in: document).count }
            let valuesSeconds = best(of: 3) { _ = query.values(in: document).count }
            let baselineSeconds = best(of: 3) { _ = baseline(document) }
            print(
                "  \(source.padding(toLength: 24, withPad: " ", startingAt: 0)) \(count) nodes  "
                    + "\(String(format: "%7.1f", megabytes / seconds)) MB/s with paths  "
                    + "\(String(format: "%7.1f", megabytes / valuesSeconds)) MB/s values only  "
                    + "(speed vs a hand-written walk: \(String(format: "%.2f", baselineSeconds / valuesSeconds))×)")
        }

        let (example, responses) = contractWorkload(responses: 1_000, exampleBytes: 5_000)
        let checker = ContractChecker(examples: [example])
        var failures = 0
        let seconds = best(of: 3) {
            failures = 0
            for body in responses where checker.check(status: 200, contentType: "application/json", body: body).outcome != .passed {
                failures += 1
            }
        }
        let parsing = best(of: 3) {
            for body in responses { _ = try? JSONParser.parse(body) }
        }
        print(
            "Contract checks: \(responses.count) responses × \(example.body?.utf8.count ?? 0) B example in "
                + "\(String(format: "%.1f", seconds * 1000)) ms (target ≤ 100 ms; parsing the bodies alone takes "
                + "\(String(format: "%.1f", parsing * 1000)) ms), \(failures) failed")
    }

    /// The baseline for `$..name`: every member called "name", anywhere.
    private static func collectNames(_ value: JSONValue) -> Int {
        switch value {
        case .array(let elements):
            return elements.reduce(0) { $0 + collectNames($1) }
        case .object(let object):
            return object.members.reduce(0) { $0 + ($1.key == "name" ? 1 : 0) + collectNames($1.value) }
        default:
            return 0
        }
    }

    private static func best(of runs: Int, _ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        var fastest = Double.infinity
        for _ in 0..<runs {
            let elapsed = clock.measure(body)
            let (seconds, attoseconds) = elapsed.components
            fastest = min(fastest, Double(seconds) + Double(attoseconds) / 1e18)
        }
        return max(fastest, 1e-9)
    }

    /// `{"items": [{"id": n, "name": "item n", "price": p, "tags": [...], "owner": {"name": …}}, …]}`.
    private static func generatedDocument(bytes: Int) -> (JSONValue, Int) {
        var items: [JSONValue] = []
        var size = 0
        var index = 0
        while size < bytes {
            let item: JSONValue = .object([
                "id": .number(Double(index)),
                "name": .string("item \(index)"),
                "price": .number(Double(index % 40) + 0.5),
                "tags": .array([.string("t\(index % 7)"), .string("group-\(index % 13)")]),
                "owner": .object(["name": .string("owner \(index % 100)"), "active": .bool(index % 2 == 0)]),
                "description": .string("A generated item used to measure JSONPath throughput, number \(index)."),
            ])
            size += JSONWriter.write(item).utf8.count + 1
            items.append(item)
            index += 1
        }
        return (.object(["items": .array(items)]), size)
    }

    private static func contractWorkload(responses: Int, exampleBytes: Int) -> (ContractExample, [Data]) {
        var projects: [JSONValue] = []
        var text = ""
        var index = 0
        while text.utf8.count < exampleBytes {
            projects.append(.object([
                "project_name": .string("project-\(index)"), "estimated_balance": .string("\(index).00"),
                "tags": .object(["env": .string("prod")]), "vpc": .null, "features": .array([.bool(true)]),
            ]))
            text = JSONWriter.write(.object(["projects": .array(projects)]))
            index += 1
        }
        let example = ContractExample(name: "List projects", code: 200, contentType: "application/json", body: text)
        return (example, (0..<responses).map { _ in Data(text.utf8) })
    }
}
