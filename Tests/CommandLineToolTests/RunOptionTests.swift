import Foundation
import TestSupport
import Testing
import Transport

@testable import CommandLineTool

@Suite struct RunOptionTests {
    static let failing = """
        {"info": {"name": "F", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "item": [{"name": "R", "request": {"method": "POST", "url": "http://api.test/upload",
           "body": {"mode": "formdata", "formdata": [{"key": "file", "type": "file", "src": "data/upload.txt"}]}}}]}
        """

    private func collection() throws -> (URL, URL) {
        let directory = Fixtures.temporaryDirectory()
        let file = directory.appendingPathComponent("c.json")
        try Data(Self.failing.utf8).write(to: file)
        return (directory, file)
    }

    @Test func workingDirectoryIsWhereBodyFilesAreRead() throws {
        let (directory, file) = try collection()
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("data"), withIntermediateDirectories: true)
        try Data("hello".utf8).write(to: directory.appendingPathComponent("data/upload.txt"))
        let transport = StubTransport(status: 201)
        let run = ToolHarness.run(["run", file.path, "--working-dir", directory.path, "--silent"], transport: transport)
        #expect(run.exitCode == .success, "\(run.standardError)")
        let body = String(decoding: transport.requests.first?.body ?? Data(), as: UTF8.self)
        #expect(body.contains("filename=\"upload.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n"))
    }

    @Test func suppressExitCodeTurnsAFailedRunIntoSuccess() throws {
        let (_, file) = try collection()
        let transport = StubTransport { _ throws(TransportError) in throw .connectionRefused("api.test:80") }
        #expect(ToolHarness.run(["run", file.path, "--silent", "--working-dir", "/nonexistent"], transport: transport).exitCode == .failure)
        #expect(ToolHarness.run(["run", file.path, "--silent", "-x"], transport: transport).exitCode == .success)
    }

    @Test func colourFollowsTheTerminalTheFlagAndNoColor() throws {
        let (_, file) = try collection()
        let transport = StubTransport(status: 201)
        let escape = "\u{1B}["
        #expect(!ToolHarness.run(["run", file.path], transport: transport).standardOutput.contains(escape))
        #expect(ToolHarness.run(["run", file.path], transport: transport, isTerminal: true).standardOutput.contains(escape))
        #expect(
            !ToolHarness.run(["run", file.path], environment: ["NO_COLOR": "1"], transport: transport, isTerminal: true)
                .standardOutput.contains(escape))
        #expect(ToolHarness.run(["run", file.path, "--color", "on"], transport: transport).standardOutput.contains(escape))
        #expect(
            !ToolHarness.run(["run", file.path, "--no-color"], transport: transport, isTerminal: true).standardOutput
                .contains(escape))
    }
}
