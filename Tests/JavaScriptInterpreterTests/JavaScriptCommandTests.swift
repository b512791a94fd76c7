import JavaScriptInterpreter
import Testing

@Suite struct JavaScriptCommandTests {
    struct Output {
        var code: Int32
        var stdout: [String]
        var stderr: [String]
    }

    static func run(_ files: [(String, String)], strict: Bool = false, limits: ExecutionLimits = ExecutionLimits()) -> Output {
        var out: [String] = []
        var err: [String] = []
        let code = JavaScriptCommand.run(files: files.map { (name: $0.0, source: $0.1) }, strict: strict, limits: limits,
                                         stdout: { out.append($0) }, stderr: { err.append($0) })
        return Output(code: code, stdout: out, stderr: err)
    }

    @Test func filesRunInOrderInOneRealm() {
        let r = Self.run([("a.js", "var x = 1; console.log('a', x);"), ("b.js", "console.log('b', x + 1);")])
        #expect(r.code == 0)
        #expect(r.stdout == ["a 1", "b 2"])
        #expect(r.stderr.isEmpty)
    }

    @Test func uncaughtExceptionPrintsNameMessageAndStack() {
        let r = Self.run([("t.js", "console.log('before');\nnull.x;")])
        #expect(r.code == 1)
        #expect(r.stdout == ["before"])
        #expect(r.stderr == ["Uncaught TypeError: Cannot read properties of null (reading 'x')\n    at t.js:2:6"])
    }

    @Test func timersAndPromisesRunBeforeTheNextFileAndTheirErrorsFailTheRun() {
        let ok = Self.run([("a.js", "setTimeout(() => console.log('timer'), 10); Promise.resolve().then(() => console.log('job'));"),
                           ("b.js", "console.log('b');")])
        #expect(ok.code == 0)
        #expect(ok.stdout == ["job", "timer", "b"])
        let thrown = Self.run([("t.js", "setTimeout(() => {\n  null.x;\n}, 0);")])
        #expect(thrown.code == 1)
        #expect(thrown.stderr.first?.hasPrefix("Uncaught TypeError: Cannot read properties of null (reading 'x')\n    at ") == true)
        let rejected = Self.run([("r.js", "Promise.reject(new RangeError('late'));")])
        #expect(rejected.code == 1)
        #expect(rejected.stderr == ["Uncaught (in promise) RangeError: late"])
    }

    @Test func syntaxErrorPrintsLocationAndCaret() {
        let r = Self.run([("bad.js", "let a = 1;\nif (a) }")])
        #expect(r.code == 3)
        #expect(r.stderr == ["bad.js:2:8\nif (a) }\n       ^\n\nSyntaxError: Unexpected token '}'"])
    }

    @Test func limitsExitWithFour() {
        let r = Self.run([("loop.js", "while (true) {}")], limits: ExecutionLimits(maxSteps: 1_000))
        #expect(r.code == 4)
        #expect(r.stderr == ["Error: Script exceeded the step limit of 1000 steps"])
        let deep = Self.run([("deep.js", "function f() { return f(); } f();")], limits: ExecutionLimits(maxCallDepth: 500))
        #expect(deep.code == 4)
        #expect(deep.stderr == ["Uncaught RangeError: Maximum call stack size exceeded"])
    }

    @Test func strictFlagAppliesToEveryFile() {
        let r = Self.run([("s.js", "undeclared = 1;")], strict: true)
        #expect(r.code == 1)
        #expect(r.stderr.first?.hasPrefix("Uncaught ReferenceError: undeclared is not defined") == true)
    }

    @Test func thrownNonErrorValuesAreInspected() {
        let r = Self.run([("t.js", "throw { code: 42 };")])
        #expect(r.code == 1)
        #expect(r.stderr == ["Uncaught { code: 42 }"])
    }
}
