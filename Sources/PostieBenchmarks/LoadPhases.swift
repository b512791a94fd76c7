import Foundation
import JSON
import PostmanFormat
import Runner

/// Where loading a large collection spends its time and memory (`postie-benchmarks phases <file>`).
enum LoadPhases {
    static func run(_ path: String) throws {
        func resident() -> String {
            let statm = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8)) ?? ""
            let pages = Double(statm.split(separator: " ").dropFirst().first ?? "0") ?? 0
            return ProcessMeasurements.format(pages * 4096 / 1_048_576) + " MB"
        }
        print("start: \(resident())")
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        print("read: \(resident())")
        var tree: JSONValue?
        let parse = try ProcessMeasurements.time { tree = try JSONParser.parse(data) }
        print("parsed (\(ProcessMeasurements.format(parse * 1000, 0)) ms): \(resident())")
        tree = nil
        var collection: PostmanCollection?
        let load = try ProcessMeasurements.time { collection = try DocumentLoader.loadCollection(data: data, file: path) }
        print("loaded, parse included (\(ProcessMeasurements.format(load * 1000, 0)) ms): \(resident())")
        var plan: RunPlan?
        let planning = try ProcessMeasurements.time { plan = try RunPlan(collection: collection!) }
        print("planned \(plan?.items.count ?? 0) (\(ProcessMeasurements.format(planning * 1000, 0)) ms): \(resident()), peak \(ProcessMeasurements.format(ProcessMeasurements.peakResidentMegabytes)) MB")
        _ = tree
    }
}
