import Foundation
import MockServer
import TestSupport
import Testing

@testable import CommandLineTool

@Suite struct MockCommandTests {
    @Test func collectionWithoutExamplesIsRefused() throws {
        let directory = Fixtures.temporaryDirectory()
        let file = directory.appendingPathComponent("c.json")
        try Data(
            #"{"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": [{"name": "R", "request": "http://h.test/"}]}"#
                .utf8
        ).write(to: file)
        let run = ToolHarness.run(["mock", file.path])
        #expect(run.exitCode == .loadError)
        #expect(
            run.standardError == """
                error: \(file.path) has no saved examples to serve
                   = help: save example responses on the requests in Postman, then export the collection again

                """)
        let runWithMock = ToolHarness.run(["run", file.path, "--mock"])
        #expect(runWithMock.exitCode == .usage)
        #expect(runWithMock.standardError.hasPrefix("error: --mock needs saved examples, but \(file.path) has none"))
    }

    @Test func portInUseIsAClearError() throws {
        let busy = try HTTPServer(handler: { _ in .text("busy") })
        defer { busy.stop() }
        let run = ToolHarness.run(["mock", Fixtures.path("collections/aiven.postman_collection.json"), "--port", "\(busy.port)"])
        #expect(run.exitCode == .failure)
        #expect(
            run.standardError
                == "error: port \(busy.port) on 127.0.0.1 is already in use: stop the program using it or choose another port (0 picks a free one)\n")
    }

    @Test func collectionIsDownloadedFromAURL() throws {
        let text = try String(contentsOfFile: Fixtures.path("collections/aiven.postman_collection.json"), encoding: .utf8)
        let server = try HTTPServer(handler: { request in
            request.path == "/c.json" ? .json(text) : .error(status: 404, "no")
        })
        server.start()
        defer { server.stop() }
        let missing = ToolHarness.run(["run", server.baseURL + "/missing.json"])
        #expect(missing.exitCode == .loadError)
        #expect(missing.standardError.contains("the server answered 404 Not Found"))
        let run = ToolHarness.run([
            "run", server.baseURL + "/c.json", "-e", Fixtures.path("environments/aiven-mock.postman_environment.json"),
            "--mock", "--folder", "Organizations", "--silent",
        ])
        #expect(run.exitCode == .success, "\(run.standardError)")
    }
}

@Suite struct PostmanAPITests {
    @Test func collectionAndEnvironmentUIDsAreFetchedWithTheAPIKey() throws {
        let collection = try String(contentsOfFile: Fixtures.path("collections/aiven.postman_collection.json"), encoding: .utf8)
        let environment = try String(
            contentsOfFile: Fixtures.path("environments/aiven-mock.postman_environment.json"), encoding: .utf8)
        let server = try HTTPServer(handler: { request in
            guard request.headers["X-Api-Key"] == "PMAK-test" else { return .error(status: 401, "bad key") }
            switch request.path {
            case "/collections/1234-abcd": return .json(#"{"collection": "# + collection + "}")
            case "/environments/5678-efgh": return .json(#"{"environment": "# + environment + "}")
            default: return .error(status: 404, "no such UID")
            }
        })
        server.start()
        defer { server.stop() }
        let environmentVariables = ["POSTIE_POSTMAN_API_URL": server.baseURL]
        let run = ToolHarness.run(
            ["run", "1234-abcd", "-e", "5678-efgh", "--postman-api-key", "PMAK-test", "--mock", "--folder", "Users",
             "--silent"],
            environment: environmentVariables)
        #expect(run.exitCode == .success, "\(run.standardError)")
        let wrongKey = ToolHarness.run(
            ["run", "1234-abcd", "--postman-api-key", "nope", "--silent"], environment: environmentVariables)
        #expect(wrongKey.exitCode == .loadError)
        #expect(wrongKey.standardError.contains("the server answered 401 Unauthorized"))
        #expect(wrongKey.standardError.contains("= help: check --postman-api-key"))
    }
}
