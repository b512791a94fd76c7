import Foundation
import TestSupport
import Testing

@testable import CommandLineTool

@Suite struct JavaScriptFilesCommandTests {
    private func write(_ files: [String: String]) throws -> URL {
        let directory = Fixtures.temporaryDirectory()
        for (name, source) in files {
            try Data(source.utf8).write(to: directory.appendingPathComponent(name))
        }
        return directory
    }

    @Test func filesShareOneRealmAndLogToStandardOutput() throws {
        let directory = try write(["a.js": "var x = 41; console.log('a', [1, 2]);", "b.js": "console.log(x + 1);"])
        let run = ToolHarness.run(["js", directory.appendingPathComponent("a.js").path, directory.appendingPathComponent("b.js").path])
        #expect(run.exitCode == .success)
        #expect(run.standardOutput == "a [ 1, 2 ]\n42\n")
    }

    @Test func uncaughtExceptionExitsWithOneAndItsStack() throws {
        let directory = try write(["e.js": "var o = undefined;\no.id;"])
        let path = directory.appendingPathComponent("e.js").path
        let run = ToolHarness.run(["js", path])
        #expect(run.exitCode == .failure)
        #expect(run.standardError == "Uncaught TypeError: Cannot read properties of undefined (reading 'id')\n    at \(path):2:3\n")
    }

    @Test func syntaxErrorExitsWithThreeAndACaret() throws {
        let directory = try write(["s.js": "var = 1;"])
        let path = directory.appendingPathComponent("s.js").path
        let run = ToolHarness.run(["js", path])
        #expect(run.exitCode == .loadError)
        #expect(run.standardError.contains("SyntaxError: Unexpected token '='"))
        #expect(run.standardError.contains("\(path):1:5"))
    }

    @Test func limitsExitWithFour() throws {
        let directory = try write(["loop.js": "while (true) {}", "deep.js": "function f() { return f(); } f();"])
        let loop = ToolHarness.run(["js", "--max-steps", "100000", directory.appendingPathComponent("loop.js").path])
        #expect(loop.exitCode == .limitExceeded)
        let deep = ToolHarness.run(["js", directory.appendingPathComponent("deep.js").path])
        #expect(deep.exitCode == .limitExceeded)
        #expect(deep.standardError == "Uncaught RangeError: Maximum call stack size exceeded\n")
    }

    @Test func missingFileAndBadFlagsAreReported() {
        #expect(ToolHarness.run(["js", "/nonexistent.js"]).exitCode == .loadError)
        let run = ToolHarness.run(["js", "--strcit", "a.js"])
        #expect(run.exitCode == .usage)
        #expect(run.standardError == "error: unknown option '--strcit'\n   = help: did you mean '--strict'?\n")
    }
}
