import JavaScriptInterpreter
import Testing

/// Code evaluated with `lazyFunctions` (the sandbox prelude, the shipped libraries) compiles each plain
/// function's body on its first call; it must behave exactly as eagerly compiled code.
@Suite struct LazyCompilationTests {
    static func output(_ source: String, lazy: Bool) -> String {
        LargeStack.run {
            let realm = Realm()
            defer { realm.tearDown() }
            do throws(ScriptError) {
                return try realm.stringValue(try realm.evaluate(source, lazyFunctions: lazy))
            } catch {
                return "error: \(error.message)"
            }
        }
    }

    static let programs = [
        // Closures over outer and block variables, recursion, nested lazy functions, hoisting.
        "var base = 10; { let inBlock = 5; var f = function (x) { return x + base + inBlock; }; } String(f(1))",
        "function fact(n) { return n < 2 ? 1 : n * fact(n - 1); } String(fact(10))",
        "function outer() { function inner(a) { return a * 2; } return inner(later); } var later = 21; String(outer())",
        // `arguments`, `this`, arrows inside lazy functions, default and rest parameters.
        "function count() { return arguments.length; } String(count(1, 2, 3))",
        "function Box(v) { this.v = v; this.get = () => this.v; } String(new Box(7).get())",
        "function sum(a, b = 2, ...rest) { return a + b + rest.length; } String(sum(1) + sum(1, 1, 9, 9))",
        "function counter() { var n = 0; return function () { return ++n; }; } var c = counter(); c(); String(c())",
        // A function called through the fast call path before and after its first compilation.
        "function id(x) { return x; } var t = 0; for (var i = 0; i < 5; i++) t += id(i); String(t)",
        "function f() { return typeof arguments; } String([f(), f()].join())",
        "var o = { m: function () { return this === o; } }; String(o.m())",
    ]

    @Test(arguments: programs) func lazyCodeBehavesAsEagerCode(_ source: String) {
        let eager = Self.output(source, lazy: false)
        #expect(!eager.hasPrefix("error:"), "\(eager)")
        #expect(Self.output(source, lazy: true) == eager)
    }

    @Test func aSyntaxErrorInAnUncalledFunctionIsStillReportedAtOnce() {
        // The parser reads every body; only compiling waits for the first call.
        let source = "function broken() { 1 = 2; } 'loaded'"
        #expect(Self.output(source, lazy: true) == "error: Invalid left-hand side in assignment")
    }
}
