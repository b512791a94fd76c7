import Foundation
import JSON
import MockServer
import PostmanFormat
import Runner
import Transport
import Variables

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Postie's own overhead: a 1,000-request run against the built-in mock, compared with a bare URLSession loop
/// over the same URLs in the same process; loading and planning a 10,000-request collection; and the wall time of
/// `postie run` on a one-request collection compared with the request alone.
enum RunBenchmarks {
    static func run() throws {
        let text = BenchmarkCollections.make(requestCount: 1_000, exampleBytes: 200)
        let collection = try DocumentLoader.loadCollection(text: text, file: "bench-1k.json")
        let server = try HTTPServer(handler: { [matcher = ExampleMatcher(examples: MockExampleCatalog.examples(in: collection))] request in
            matcher.response(for: request)
        })
        server.start()
        defer { server.stop() }
        let urls = (0..<1_000).compactMap { URL(string: "\(server.baseURL)/items/\($0)") }

        print("Run throughput: 1,000 GETs against the loopback mock (median of 5 interleaved rounds)")
        var postieTimes: [Double] = []
        var bareTimes: [Double] = []
        for _ in 0..<5 {
            bareTimes.append(try ProcessMeasurements.time { try bareLoop(urls) })
            postieTimes.append(try ProcessMeasurements.time { try postieRun(collection, baseURL: server.baseURL) })
        }
        let postie = ProcessMeasurements.median(postieTimes)
        let bare = ProcessMeasurements.median(bareTimes)
        print("  bare URLSession loop: \(Int(1_000 / bare)) requests/s")
        print("  postie run:           \(Int(1_000 / postie)) requests/s")
        print("  postie overhead:      \(ProcessMeasurements.format((postie / bare - 1) * 100))% (target ≤ 25%)")
        print("  peak RSS so far:      \(ProcessMeasurements.format(ProcessMeasurements.peakResidentMegabytes)) MB")
    }

    /// The baseline: one ephemeral session, one data task at a time, nothing else.
    static func bareLoop(_ urls: [URL]) throws {
        let session = URLSession(configuration: .ephemeral)
        defer { session.finishTasksAndInvalidate() }
        for url in urls {
            let done = DispatchSemaphore(value: 0)
            let task = session.dataTask(with: url) { _, _, _ in done.signal() }
            task.resume()
            done.wait()
        }
    }

    static func postieRun(_ collection: PostmanCollection, baseURL: String) throws {
        var input = RunInput(collection: collection, collectionFile: "bench.json")
        input.environmentOverrides = [
            VariableOverride(key: "baseUrl", value: baseURL), VariableOverride(key: "token", value: "t0ken-value"),
        ]
        let clock = ContinuousClock()
        let origin = clock.now
        let environment = RunEnvironment(
            monotonicNow: { clock.now - origin }, wallClock: SystemClock(), random: SeededRandom(seed: 1),
            readFile: { _ in Data() }, sleep: { _ in })
        let runner = CollectionRunner(
            input: input, plan: try RunPlan(collection: collection), options: RunOptions(), environment: environment,
            transport: URLSessionTransport())
        let result = runner.run()
        if !result.isSuccess {
            print("  warning: the benchmark run had \(result.errorCount) errors and \(result.failureCount) failures")
        }
    }
}
