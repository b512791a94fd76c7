import Foundation
import JavaScriptInterpreter
import Testing

/// One `.js` file under `Scripts/<feature>/` with the expectations written in its comments.
struct ScriptCase: Sendable, CustomTestStringConvertible {
    let name: String
    let source: String
    let expectedOutput: [String]
    let expectedError: String?
    let expectedSyntaxError: String?

    var testDescription: String { name }

    static func load() -> [ScriptCase] {
        guard let root = Bundle.module.url(forResource: "Scripts", withExtension: nil),
              let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var cases: [ScriptCase] = []
        for case let url as URL in enumerator where url.pathExtension == "js" {
            guard let source = try? String(contentsOf: url, encoding: .utf8) else { continue }
            var output: [String] = []
            var error: String? = nil
            var syntax: String? = nil
            for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
                let t = String(line.drop(while: { $0 == " " || $0 == "\t" }))
                if t.hasPrefix("// expect: ") { output.append(String(t.dropFirst("// expect: ".count))) }
                else if t == "// expect:" { output.append("") }
                else if t.hasPrefix("// expect error: ") { error = String(t.dropFirst("// expect error: ".count)) }
                else if t.hasPrefix("// expect syntax error: ") { syntax = String(t.dropFirst("// expect syntax error: ".count)) }
            }
            let name = url.deletingPathExtension().pathComponents.suffix(2).joined(separator: "/")
            cases.append(ScriptCase(name: name, source: source, expectedOutput: output, expectedError: error, expectedSyntaxError: syntax))
        }
        return cases.sorted { $0.name < $1.name }
    }
}

/// What running a script produced.
struct ScriptRun: Sendable {
    var output: [String] = []
    var error: String? = nil
    var syntaxError: String? = nil
}

@Suite struct ScriptTests {
    static let cases = ScriptCase.load()

    static func run(_ source: String, name: String) -> ScriptRun {
        LargeStack.run {
            let realm = Realm(limits: ExecutionLimits(maxSteps: 20_000_000, timeoutMilliseconds: 20_000))
            defer { realm.tearDown() }
            var seed: UInt64 = 42
            realm.randomSource = {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                return Double(seed >> 11) / Double(1 << 53)
            }
            var run = ScriptRun()
            realm.console = { _, line in
                run.output.append(contentsOf: line.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
            }
            do throws(ScriptError) {
                try realm.evaluate(source, fileName: name + ".js")
                run.output += try realm.drainEventLoop()
            } catch {
                switch error.kind {
                case .syntax(let e): run.syntaxError = e.message
                case .exception: run.error = error.stack.split(separator: "\n").first.map(String.init) ?? error.stack
                case .limit(let l): run.error = l.description
                }
            }
            return run
        }
    }

    @Test func scriptsAreFound() {
        #expect(Self.cases.count > 100)
    }

    @Test(arguments: cases)
    func scriptBehavesAsItsExpectationsSay(_ c: ScriptCase) {
        let run = Self.run(c.source, name: c.name)
        #expect(run.syntaxError == c.expectedSyntaxError, "syntax error")
        #expect(run.error == c.expectedError, "uncaught error")
        #expect(run.output == c.expectedOutput, "console output")
    }
}
