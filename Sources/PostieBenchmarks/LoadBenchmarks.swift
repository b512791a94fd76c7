import Foundation
import PostmanFormat
import Runner

/// Loading and planning a large collection, measured in a child process so its peak memory is its own.
enum LoadBenchmarks {
    /// In the parent: writes the 10,000-request collection and runs `PostieBenchmarks load <file>` on it.
    static func run() throws {
        let text = BenchmarkCollections.make(requestCount: 10_000, exampleBytes: 3_600)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("postie-bench-10k.json")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        print("Load and plan: 10,000 requests with saved examples (\(ProcessMeasurements.format(Double(text.utf8.count) / 1_048_576)) MB)")
        let executable = CommandLine.arguments[0]
        var times: [Double] = []
        var memory: [Double] = []
        for _ in 0..<3 {
            let (output, status) = try ProcessMeasurements.run(executable, ["load", file.path])
            let fields = output.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            guard status == 0, fields.count == 2 else {
                print("  the load child failed (status \(status)): \(output)")
                return
            }
            times.append(fields[0])
            memory.append(fields[1])
        }
        print("  load + plan: \(ProcessMeasurements.format(ProcessMeasurements.median(times) * 1000, 0)) ms (target ≤ 1000 ms)")
        print("  peak RSS:    \(ProcessMeasurements.format(ProcessMeasurements.median(memory))) MB (target ≤ 150 MB)")
    }

    /// In the child: read, parse, load and plan, then print "<seconds> <peak MB>".
    static func child(_ path: String) throws {
        let seconds = try ProcessMeasurements.time {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let collection = try DocumentLoader.loadCollection(data: data, file: path)
            let plan = try RunPlan(collection: collection)
            guard plan.items.count == 10_000 else { throw CocoaError(.coderInvalidValue) }
        }
        print("\(seconds) \(ProcessMeasurements.peakResidentMegabytes)")
    }
}
