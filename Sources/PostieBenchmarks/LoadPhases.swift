import Foundation
import JSON
import PostmanFormat
import Runner

enum LoadPhases {
    static func run(_ path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let parse = try ProcessMeasurements.time { _ = try JSONParser.parse(data) }
        var collection: PostmanCollection?
        let load = try ProcessMeasurements.time { collection = try DocumentLoader.loadCollection(data: data, file: path) }
        let plan = try ProcessMeasurements.time { _ = try RunPlan(collection: collection!) }
        print("parse \(parse) load(incl parse) \(load) plan \(plan) rss \(ProcessMeasurements.peakResidentMegabytes)")
    }
}
