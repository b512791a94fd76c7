import Testing

@testable import MockServer

@Suite struct ServerLogEntryTests {
    @Test func logLineShowsMethodTargetStatusSizeAndTime() {
        let entry = ServerLogEntry(
            method: "GET", target: "/clouds?x=1", status: 200, responseBytes: 512, duration: .milliseconds(3))
        #expect(entry.description == "GET /clouds?x=1 → 200 (512 B, 3 ms)")
    }
}
