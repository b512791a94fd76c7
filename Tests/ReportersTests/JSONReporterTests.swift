import JSON
import Runner
import TestSupport
import Testing

@testable import Reporters

@Suite struct JSONReporterTests {
    @Test func mixedRunMatchesItsSnapshot() {
        assertSnapshot(JSONReporter().render(ReporterFixture.mixed), named: "mixed.json")
    }

    @Test func statsFollowNewmansShape() throws {
        let document = try JSONParser.parse(JSONReporter().render(ReporterFixture.mixed))
        let stats = try #require(document["run"]?["stats"])
        #expect(stats["requests"] == ["total": 3, "pending": 0, "failed": 1])
        #expect(stats["assertions"] == ["total": 3, "pending": 0, "failed": 1])
        #expect(stats["testScripts"] == ["total": 2, "pending": 0, "failed": 1])
        #expect(document["run"]?["failures"]?.arrayValue?.count == 3)
    }

    @Test func interruptedRunIsMarkedIncomplete() throws {
        var result = ReporterFixture.mixed
        result.interruption = .interrupted
        let document = try JSONParser.parse(JSONReporter().render(result))
        #expect(document["run"]?["incomplete"] == true)
        #expect(document["run"]?["error"]?["message"] == "the run was interrupted")
    }
}
