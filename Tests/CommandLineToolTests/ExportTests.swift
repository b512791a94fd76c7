import Foundation
import JSON
import TestSupport
import Testing
import Transport

@testable import CommandLineTool

/// --export-environment, --export-globals, --export-collection and --export-cookie-jar write the run's final state.
@Suite struct ExportTests {
    static let collection = """
        {"info": {"name": "Exports", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "item": [{"name": "Login", "request": "http://api.test/login",
           "event": [{"listen": "test", "script": {"exec": [
             "pm.environment.set('session', 'abc');", "pm.globals.set('count', 2);"]}}]}]}
        """

    @Test func finalStateIsWrittenWithRealValues() throws {
        let directory = Fixtures.temporaryDirectory()
        let collection = directory.appendingPathComponent("c.json")
        try Data(Self.collection.utf8).write(to: collection)
        let environment = directory.appendingPathComponent("env.json")
        try Data(#"{"name": "dev", "values": [{"key": "token", "value": "s3cret", "type": "secret", "enabled": true}]}"#.utf8)
            .write(to: environment)
        let out = directory.appendingPathComponent("out")
        let transport = StubTransport { _ throws(TransportError) in
            HTTPResponse(status: 200, headers: [("Set-Cookie", "sid=42; Path=/; HttpOnly")])
        }
        let run = ToolHarness.run(
            ["run", collection.path, "-e", environment.path, "--silent",
             "--export-environment", out.appendingPathComponent("env.json").path,
             "--export-globals", out.appendingPathComponent("globals.json").path,
             "--export-collection", out.appendingPathComponent("collection.json").path,
             "--export-cookie-jar", out.appendingPathComponent("cookies.json").path],
            transport: transport)
        #expect(run.exitCode == .success, "\(run.standardError)")

        let exportedEnvironment = try JSONParser.parse(try Data(contentsOf: out.appendingPathComponent("env.json")))
        #expect(exportedEnvironment["name"] == "dev")
        #expect(
            exportedEnvironment["values"] == [
                ["key": "token", "value": "s3cret", "type": "secret", "enabled": true],
                ["key": "session", "value": "abc", "type": "default", "enabled": true],
            ])
        #expect(exportedEnvironment["_postman_variable_scope"] == "environment")
        let globals = try JSONParser.parse(try Data(contentsOf: out.appendingPathComponent("globals.json")))
        #expect(globals["values"]?.arrayValue?.first?["value"] == 2)
        #expect(try String(contentsOf: out.appendingPathComponent("collection.json"), encoding: .utf8) == Self.collection)
        let cookies = try JSONParser.parse(try Data(contentsOf: out.appendingPathComponent("cookies.json")))
        #expect(cookies["cookies"]?.arrayValue?.first?["key"] == "sid")
        #expect(cookies["cookies"]?.arrayValue?.first?["httpOnly"] == true)
    }

    @Test func cookieJarFileIsLoadedBeforeTheRun() throws {
        let directory = Fixtures.temporaryDirectory()
        let collection = directory.appendingPathComponent("c.json")
        try Data(Self.collection.utf8).write(to: collection)
        let jar = directory.appendingPathComponent("jar.json")
        try Data(#"{"cookies": [{"key": "sid", "value": "7", "domain": "api.test", "path": "/", "hostOnly": true}]}"#.utf8)
            .write(to: jar)
        let transport = StubTransport(status: 200)
        let run = ToolHarness.run(["run", collection.path, "--cookie-jar", jar.path, "--silent"], transport: transport)
        #expect(run.exitCode == .success, "\(run.standardError)")
        #expect(transport.requests.first?.headers["Cookie"] == "sid=7")
    }
}
