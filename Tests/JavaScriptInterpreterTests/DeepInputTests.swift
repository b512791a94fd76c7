import JavaScriptInterpreter
import JavaScriptParser
import Testing

/// Inputs that would exhaust a native stack must fail cleanly (run on the interpreter's large-stack thread).
@Suite struct DeepInputTests {
    @Test func deeplyNestedInputIsRejectedBeforeTheStackRunsOut() {
        let depth = 5000
        let source = String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
        let error: SyntaxError? = LargeStack.run {
            do throws(SyntaxError) {
                _ = try Parser.parse(source)
                return nil
            } catch {
                return error
            }
        }
        #expect(error == SyntaxError("Maximum nesting depth exceeded", at: SourceLocation(line: 1, column: 400)))
    }

    @Test func deeplyNestedButAllowedExpressionsEvaluate() {
        let depth = 300
        let source = String(repeating: "(", count: depth) + "1" + String(repeating: " + 1)", count: depth)
        let value: Double? = LargeStack.run {
            let realm = Realm()
            defer { realm.tearDown() }
            return (try? realm.evaluate(source))?.asNumber
        }
        #expect(value == 301)
    }

    @Test func randomProgramsNeverCrashTheInterpreter() {
        let pieces = [
            "x", "y", "1", "'s'", "[]", "{}", "null", "undefined", "(() => x)", "function(){ return this; }", "new Map()",
            "JSON.parse('[1]')", "[1,2,3].map(v => v * 2)", "Object.keys(o)", "String(x)", "x.y", "x[0]", "o.f()", "x + y",
            "x - y", "x * 'a'", "x == y", "x === y", "typeof x", "!x", "x ?? y", "x?.y", "[...'ab']", "{...o}", "Symbol()",
        ]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var completed = 0
        LargeStack.run {
            for _ in 0..<300 {
                let realm = Realm(limits: ExecutionLimits(maxSteps: 20_000))
                var program = "var x = \(pieces[next(pieces.count)]); var y = \(pieces[next(pieces.count)]); var o = { f() { return x; } };\n"
                for _ in 0..<6 {
                    let a = pieces[next(pieces.count)], b = pieces[next(pieces.count)]
                    switch next(4) {
                    case 0: program += "try { x = \(a); } catch (e) { y = e.message; }\n"
                    case 1: program += "y = \(a) + \(b);\n"
                    case 2: program += "for (const k in \(a)) { x = k; }\n"
                    default: program += "console.log(\(a), \(b));\n"
                    }
                }
                _ = try? realm.evaluate(program)
                realm.tearDown()
                completed += 1
            }
        }
        #expect(completed == 300)
    }
}
