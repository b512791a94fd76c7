import Foundation
import JSON
import MockServer
import PostmanFormat
import Runner
import Transport
import Variables

/// Scripts' cost: 1,000 requests, each with five `pm.test`s over `pm.response.json()` and one
/// `pm.environment.set`, against the same run without scripts and a bare URLSession loop. Each variant runs in
/// a child process of its own, so each peak RSS is its own.
enum ScriptBenchmarks {
    static let variants = ["bare", "plain", "scripted"]

    static func run() throws {
        print("Scripts: 1,000 requests with 5 pm.tests and an environment write each (a child process per variant)")
        var figures: [String: (Double, Double)] = [:]
        for variant in variants {
            let (output, status) = try ProcessMeasurements.run(CommandLine.arguments[0], ["scripts-child", variant])
            let fields = output.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            guard status == 0, fields.count == 2 else {
                print("  the \(variant) child failed (status \(status)): \(output)")
                return
            }
            figures[variant] = (fields[0], fields[1])
        }
        let bare = figures["bare"] ?? (0, 0), plain = figures["plain"] ?? (0, 0), scripted = figures["scripted"] ?? (0, 0)
        func line(_ name: String, _ figure: (Double, Double)) -> String {
            "  \(name): \(ProcessMeasurements.format(figure.0 * 1000, 0)) ms, peak RSS \(ProcessMeasurements.format(figure.1)) MB"
        }
        print(line("bare URLSession loop   ", bare))
        print(line("postie without scripts ", plain))
        print(line("postie with scripts    ", scripted))
        print("  scripted run: \(ProcessMeasurements.format(scripted.0 * 1000, 0)) ms (target ≤ 1000 ms); RSS above the bare loop: \(ProcessMeasurements.format(scripted.1 - bare.1)) MB (target ≤ 10 MB)")
    }

    /// In the child: serve, run one variant, print "<seconds> <peak MB>".
    static func child(_ variant: String) throws {
        let scripted = variant == "scripted"
        let text = BenchmarkCollections.make(requestCount: 1_000, exampleBytes: 400, testScript: scripted ? testScript : nil)
        let collection = try DocumentLoader.loadCollection(text: text, file: "scripts.json")
        let matcher = ExampleMatcher(examples: MockExampleCatalog.examples(in: collection))
        let server = try HTTPServer(handler: { request in matcher.response(for: request) })
        server.start()
        defer { server.stop() }
        let seconds: Double
        if variant == "bare" {
            let urls = (0..<1_000).compactMap { URL(string: "\(server.baseURL)/items/\($0)") }
            seconds = try ProcessMeasurements.time { try RunBenchmarks.bareLoop(urls) }
        } else {
            seconds = try ProcessMeasurements.time { try RunBenchmarks.postieRun(collection, baseURL: server.baseURL) }
        }
        print("\(seconds) \(ProcessMeasurements.peakResidentMegabytes)")
    }

    static let testScript = [
        "var json = pm.response.json();",
        "pm.test('status is 200', function () { pm.response.to.have.status(200); });",
        "pm.test('has an id', function () { pm.expect(json).to.have.property('id'); });",
        "pm.test('name is a string', function () { pm.expect(json.name).to.be.a('string'); });",
        "pm.test('padding is long', function () { pm.expect(json.padding.length).to.be.above(10); });",
        "pm.test('id matches', function () { pm.expect(json.name).to.include(String(json.id)); });",
        "pm.environment.set('lastId', json.id);",
    ]
}
