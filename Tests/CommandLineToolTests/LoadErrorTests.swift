import Foundation
import TestSupport
import Testing

@testable import CommandLineTool

@Suite struct LoadErrorTests {
    @Test func missingCollectionFileExitsWithThree() {
        let run = ToolHarness.run(["run", "/nonexistent/c.json"])
        #expect(run.exitCode == .loadError)
        #expect(
            run.standardError == """
                error: no such file: /nonexistent/c.json
                  --> /nonexistent/c.json
                   = help: check the path; it is relative to the current directory

                """)
    }

    @Test func collectionFromStandardInputIsRead() {
        let run = ToolHarness.run(["run", "-"], standardInput: "{\"info\": {}")
        #expect(run.exitCode == .loadError)
        #expect(run.standardError.hasPrefix("error: the file is not valid JSON: unexpected end of input inside an object\n  --> <stdin>:1:12"))
    }

    @Test func badEnvironmentFileIsLocated() throws {
        let directory = Fixtures.temporaryDirectory()
        let environment = directory.appendingPathComponent("env.json")
        try Data(#"{"name": "e", "values": [{"key": "a", "value": "1"}, 7]}"#.utf8).write(to: environment)
        let run = ToolHarness.run([
            "run", Fixtures.path("collections/aiven.postman_collection.json"), "-e", environment.path,
        ])
        #expect(run.exitCode == .loadError)
        #expect(run.standardError.hasPrefix("error: 'values[1]' should be an object, but it is a number\n  --> \(environment.path):1:54 › values[1]"))
    }

    @Test func raggedCSVRowsAreReportedByLine() throws {
        let directory = Fixtures.temporaryDirectory()
        let data = directory.appendingPathComponent("data.csv")
        try Data("a,b\n1,2\n3\n4,5,6\n".utf8).write(to: data)
        let run = ToolHarness.run(["run", Fixtures.path("collections/aiven.postman_collection.json"), "-d", data.path])
        #expect(run.exitCode == .loadError)
        #expect(
            run.standardError == """
                error: CSV row on line 3 has 1 fields, but the header has 2
                  --> \(data.path):3:1 › line 3
                   = help: give every row the header's 2 columns; quote values that contain commas

                error: CSV row on line 4 has 3 fields, but the header has 2
                  --> \(data.path):4:1 › line 4
                   = help: give every row the header's 2 columns; quote values that contain commas

                """)
    }

    @Test func unknownFolderIsAUsageError() {
        let run = ToolHarness.run([
            "run", Fixtures.path("collections/aiven.postman_collection.json"), "--folder", "Userz",
        ])
        #expect(run.exitCode == .usage)
        #expect(run.standardError.contains("error: no folder or request named 'Userz'"))
        #expect(run.standardError.contains("= help: did you mean 'Users'?"))
    }

    @Test func insecureFailsFastNamingTheLimitation() {
        let run = ToolHarness.run(["run", "c.json", "--insecure"])
        #expect(run.exitCode == .usage)
        #expect(run.standardError.hasPrefix("error: --insecure is not supported:"))
    }
}
