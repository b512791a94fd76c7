import Foundation
import JSON
import MockServer
import PostmanFormat
import Transport

/// `postie run` on a one-request collection, as a new process each time, compared with the same request sent
/// from inside an already running process: the difference is Postie's start-up and teardown cost.
enum StartupBenchmarks {
    static func run() throws {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("postie").path
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            print("Start-up: skipped, build the postie binary first (swift build -c release)")
            return
        }
        let text = BenchmarkCollections.make(requestCount: 1, exampleBytes: 200)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("postie-bench-1.json")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let collection = try DocumentLoader.loadCollection(text: text, file: "one.json")
        let server = try HTTPServer(handler: { [matcher = ExampleMatcher(examples: MockExampleCatalog.examples(in: collection))] request in
            matcher.response(for: request)
        })
        server.start()
        defer { server.stop() }
        let url = URL(string: "\(server.baseURL)/items/0")
        var processTimes: [Double] = []
        var requestTimes: [Double] = []
        var spawnTimes: [Double] = []
        let transport = URLSessionTransport()
        for _ in 0..<20 {
            processTimes.append(
                ProcessMeasurements.time {
                    _ = ProcessMeasurements.spawn(
                        executable, ["run", file.path, "--env-var", "baseUrl=\(server.baseURL)", "--silent"])
                })
            // What launching any program costs this parent, so it isn't charged to Postie.
            spawnTimes.append(ProcessMeasurements.time { _ = ProcessMeasurements.spawn("/bin/true", []) })
            if let url {
                requestTimes.append(
                    try ProcessMeasurements.time {
                        _ = try transport.send(HTTPRequest(method: "GET", url: url), options: TransportOptions())
                    })
            }
        }
        let whole = ProcessMeasurements.median(processTimes) * 1000
        let request = ProcessMeasurements.median(requestTimes) * 1000
        let spawn = ProcessMeasurements.median(spawnTimes) * 1000
        print("Start-up: postie run on a one-request collection (median of 20)")
        print("  whole process: \(ProcessMeasurements.format(whole)) ms; the request alone: \(ProcessMeasurements.format(request, 2)) ms")
        print("  launching /bin/true from here: \(ProcessMeasurements.format(spawn)) ms")
        print("  beyond the request and the launch: \(ProcessMeasurements.format(whole - request - spawn)) ms (target ≤ 30 ms)")
    }
}
