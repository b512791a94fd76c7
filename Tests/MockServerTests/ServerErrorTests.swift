import Testing

@testable import MockServer

@Suite struct ServerErrorTests {
    @Test func portInUseIsReportedWithHostPortAndAFix() throws {
        let first = try HTTPServer(handler: { _ in .text("") })
        defer { first.stop() }
        let error = #expect(throws: ServerError.self) {
            _ = try HTTPServer(port: first.port, handler: { _ in .text("") })
        }
        #expect(
            error?.description
                == "port \(first.port) on 127.0.0.1 is already in use: "
                + "stop the program using it or choose another port (0 picks a free one)"
        )
    }

    static let cases: [(host: String, port: Int, message: String)] = [
        ("127.0.0.1", 70000, "invalid port 70000: use a number from 1 to 65535, or 0 to pick a free port"),
        ("127.0.0.1", -1, "invalid port -1: use a number from 1 to 65535, or 0 to pick a free port"),
        (
            "203.0.113.5", 0,
            "cannot listen on 203.0.113.5: that address does not belong to this machine (use 127.0.0.1)"
        ),
    ]

    @Test(arguments: cases)
    func badListenAddressGivesAClearError(host: String, port: Int, message: String) {
        let error = #expect(throws: ServerError.self) {
            _ = try HTTPServer(host: host, port: port, handler: { _ in .text("") })
        }
        #expect(error?.description == message)
    }
}
