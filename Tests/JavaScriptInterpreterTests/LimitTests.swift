import JavaScriptInterpreter
import Testing

@Suite struct LimitTests {
    static func limitHit(_ source: String, _ limits: ExecutionLimits) -> LimitExceeded? {
        LargeStack.run {
            let realm = Realm(limits: limits)
            defer { realm.tearDown() }
            do throws(ScriptError) {
                try realm.evaluate(source)
                return nil
            } catch {
                if case .limit(let l) = error.kind { return l }
                return nil
            }
        }
    }

    @Test func stepBudgetStopsAnInfiniteLoop() {
        #expect(Self.limitHit("while (true) {}", ExecutionLimits(maxSteps: 10_000)) == .steps(10_000))
    }

    @Test func stepBudgetCannotBeCaught() {
        let source = "for (;;) { try { while (true) {} } catch (e) {} finally { } }"
        #expect(Self.limitHit(source, ExecutionLimits(maxSteps: 5_000)) == .steps(5_000))
    }

    @Test func wallClockLimitStopsALongLoop() {
        #expect(Self.limitHit("for (;;) {}", ExecutionLimits(timeoutMilliseconds: 30)) == .time(milliseconds: 30))
    }

    @Test func memoryLimitStopsRunawayAllocation() {
        let source = "const keep = []; for (;;) keep.push({ a: [1, 2, 3], b: 'x'.repeat(100) });"
        #expect(Self.limitHit(source, ExecutionLimits(maxSteps: 50_000_000, maxMemoryMegabytes: 4)) == .memory(megabytes: 4))
    }

    @Test func memoryLimitStopsStringDoubling() {
        let source = "let s = 'x'; for (;;) s += s;"
        #expect(Self.limitHit(source, ExecutionLimits(maxMemoryMegabytes: 8)) == .memory(megabytes: 8))
    }

    // Native work inside a single step (a huge array, a long string, backtracking) used to escape the clock and
    // the memory check: these ran for tens of seconds, or to gigabytes, before stopping.
    @Test(arguments: [
        "const hoard = []; while (true) hoard.push(new Array(10000).fill(hoard.length));",
        "const hoard = []; while (true) hoard.push(new Array(1000000));",
        "const hoard = []; while (true) hoard.push('x'.repeat(1000000));",
        "/(a+)+$/.test('a'.repeat(40) + 'b');",
    ])
    func wallClockLimitHoldsInsideNativeWork(_ source: String) {
        #expect(Self.limitHit(source, ExecutionLimits(timeoutMilliseconds: 200)) == .time(milliseconds: 200))
    }

    @Test func memoryLimitCountsLargeArraysNotJustObjects() {
        let source = "const hoard = []; while (true) hoard.push(new Array(1000000));"
        #expect(Self.limitHit(source, ExecutionLimits(maxMemoryMegabytes: 64)) == .memory(megabytes: 64))
    }

    @Test func deepRecursionIsAnUncatchableRangeError() {
        let source = "function f(n) { try { return f(n + 1); } catch (e) { return 'caught'; } } f(0);"
        #expect(Self.limitHit(source, ExecutionLimits(maxCallDepth: 2_000)) == .callDepth)
        #expect(LimitExceeded.callDepth.description == "RangeError: Maximum call stack size exceeded")
    }

    @Test func defaultCallDepthSurvivesNodeLikeRecursion() {
        #expect(Self.limitHit("function d(n) { return n === 0 ? 0 : 1 + d(n - 1); } d(8000);", ExecutionLimits()) == nil)
    }

    @Test func budgetsResetForEachScript() {
        LargeStack.run {
            let realm = Realm(limits: ExecutionLimits(maxSteps: 2_000))
            defer { realm.tearDown() }
            for _ in 0..<5 {
                #expect((try? realm.evaluate("for (let i = 0; i < 1000; i++) {}")) != nil)
            }
        }
    }
}
