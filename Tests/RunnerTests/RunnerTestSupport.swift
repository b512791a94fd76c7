import Foundation
import JSON
import PostmanFormat
import TestSupport
import Transport
import Variables

@testable import Runner

/// Builds runs from inline collection JSON, with a fixed clock and a seeded random.
enum RunnerFixture {
    static let schema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"

    static func collection(items: String, extra: String = "") throws -> PostmanCollection {
        let text = """
            {"info": {"name": "Test", "_postman_id": "col-1", "schema": "\(schema)"}\(extra.isEmpty ? "" : ", " + extra),
             "item": [\(items)]}
            """
        return try DocumentLoader.loadCollection(text: text, file: "test.json")
    }

    static func environment(seed: UInt64 = 1, files: [String: String] = [:]) -> RunEnvironment {
        let counter = Counter()
        return RunEnvironment(
            monotonicNow: { .milliseconds(10 * counter.next()) },
            wallClock: FixedClock(secondsSince1970: 1_795_000_000), random: SeededRandom(seed: seed),
            readFile: { path in
                guard let text = files[path] else { throw CocoaError(.fileNoSuchFile) }
                return Data(text.utf8)
            },
            sleep: { _ in })
    }

    static func run(
        _ collection: PostmanCollection, transport: StubTransport, options: RunOptions = RunOptions(),
        configure: (inout RunInput) -> Void = { _ in }, cancellation: RunCancellation = RunCancellation(),
        files: [String: String] = [:]
    ) throws -> (RunResult, CollectionRunner) {
        var input = RunInput(collection: collection, collectionFile: "test.json")
        configure(&input)
        let plan = try RunPlan(collection: collection, folders: options.folders, file: "test.json")
        let runner = CollectionRunner(
            input: input, plan: plan, options: options, environment: environment(files: files), transport: transport,
            cancellation: cancellation)
        return (runner.run(), runner)
    }

    static func request(_ name: String, _ request: String, extra: String = "") -> String {
        #"{"name": "\#(name)", "id": "\#(name)-id", "request": \#(request)\#(extra.isEmpty ? "" : ", " + extra)}"#
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}

/// Records every event, for tests of the event stream.
final class RecordingObserver: RunObserver {
    var events: [String] = []

    func handle(_ event: RunEvent) {
        switch event {
        case .runStarted(let name, let count): events.append("runStarted \(name) \(count)")
        case .iterationStarted(let index, _): events.append("iteration \(index)")
        case .itemStarted(let item, _): events.append("start \(item.name)")
        case .itemFinished(let execution): events.append("finish \(execution.name)")
        case .warning(let warning): events.append("warning \(warning.message)")
        case .scriptLogged(let log): events.append("log \(log.text)")
        case .requestFinished(let execution): events.append("sent \(execution.name)")
        case .scriptRequestFinished(let record): events.append("script request \(record.url)")
        case .runFinished: events.append("runFinished")
        }
    }
}
