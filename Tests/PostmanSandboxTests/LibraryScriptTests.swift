import Foundation
import JavaScriptInterpreter
import PostmanSandbox
import Testing
import Variables

/// Runs every `Libraries/<library>/*.js` file in a fresh sandbox and compares what it prints with its
/// `// expect: ` lines. The expectations were recorded by running the same file under node with the real
/// library, so a difference is a place where Postie's library behaves differently from the one Postman ships.
/// `// expect error: <message>` expects the script to end with that uncaught error after the printed lines.
@Suite struct LibraryScriptTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Libraries")

    static var files: [String] {
        let enumerator = FileManager.default.enumerator(atPath: directory.path)
        var result: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".js") { result.append(path) }
        }
        return result.sorted()
    }

    @Test func libraryScriptsAreFound() {
        #expect(Self.files.count >= 1)
    }

    @Test(arguments: files) func scriptPrintsWhatTheRealLibraryPrints(_ file: String) throws {
        let source = try String(contentsOf: Self.directory.appendingPathComponent(file), encoding: .utf8)
        var expectedLines: [String] = []
        var expectedError: String?
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("// expect: ") { expectedLines.append(String(line.dropFirst("// expect: ".count))) }
            if line.hasPrefix("// expect error: ") { expectedError = String(line.dropFirst("// expect error: ".count)) }
        }
        let sandbox = Sandbox(limits: ExecutionLimits(timeoutMilliseconds: 20_000), now: { 1_700_000_000_000 })
        var scopes = ScopeChain()
        let outcome = sandbox.run(source, fileName: file, context: SandboxScriptTests.context, scopes: &scopes)
        let printed = outcome.console.map(\.text).flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        #expect(printed == expectedLines, "\(file)")
        #expect(outcome.failure?.message == expectedError, "\(file)")
        let failedTests = outcome.tests.filter { !$0.passed }
        #expect(failedTests.isEmpty, "\(failedTests.map(\.message))")
    }
}

@Suite struct ShippedLibraryTests {
    @Test func everyUnitOfEveryLibraryCompilesAndEvaluates() {
        #expect(Sandbox.libraryUnitProblems() == [])
    }
}
