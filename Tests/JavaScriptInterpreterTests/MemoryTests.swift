@testable import JavaScriptInterpreter
import Testing

@Suite struct MemoryTests {
    static let cyclicScript = """
    var registry = {};
    function makeCycle(i) {
        const node = { id: i };
        node.self = node;
        node.fn = function () { return node.id + registry.count; };
        const arr = [node, () => arr];
        node.arr = arr;
        return node.fn;
    }
    registry.count = (registry.count || 0) + 1;
    registry.last = makeCycle(registry.count);
    class K { constructor() { this.me = this; this.m = () => this; } }
    registry.k = new K();
    let local = registry.last();
    """

    @Test func tenThousandScriptsWithClosureCyclesLeaveNothingAliveAfterTeardown() {
        LargeStack.run {
            var realms = 0
            var scripts = 0
            while scripts < 10_000 {
                let realm = Realm()
                let accounting = realm.accounting
                for i in 0..<1_000 {
                    // Each script's top-level `let` must be fresh, so wrap it in a block.
                    let ok = (try? realm.evaluate("{ \(Self.cyclicScript) }", fileName: "cycle\(i).js")) != nil
                    #expect(ok)
                    scripts += 1
                }
                #expect(accounting.liveObjects > 0)
                realm.tearDown()
                #expect(accounting.liveObjects == 0)
                realms += 1
            }
            #expect(realms == 10)
        }
    }

    @Test func promisesAndTimersLeaveNothingAliveAfterTeardown() {
        let accounting: HeapAccounting = LargeStack.run {
            let realm = Realm()
            _ = try? realm.evaluate("""
                var p = new Promise(function (resolve) { setTimeout(function () { resolve(p); }, 5); });
                p.then(function () {}, function (e) { return e; });
                Promise.all([p, Promise.reject(1)]).catch(function () {});
                setInterval(function () {}, 1000);
                """)
            _ = try? realm.drainEventLoop(virtualLimit: 10_000)
            #expect(realm.accounting.liveObjects > 0)
            realm.tearDown()
            return realm.accounting
        }
        #expect(accounting.liveObjects == 0)
    }

    @Test func dropingARealmWithoutTeardownStillFreesCycles() {
        let accounting: HeapAccounting = LargeStack.run {
            let realm = Realm()
            _ = try? realm.evaluate("var a = {}; a.a = a; var f = () => f;")
            return realm.accounting
        }
        #expect(accounting.liveObjects == 0)
    }

    /// A long run keeps one realm, so garbage must not wait for teardown: a function expression that nothing keeps
    /// is freed after its script, because its `prototype` object (which would point back at it) is made lazily.
    @Test func callbacksAScriptDropsDoNotAccumulateInALongLivedRealm() {
        LargeStack.run {
            let realm = Realm()
            defer { realm.tearDown() }
            let script = "[1, 2, 3].forEach(function (n) { return n; }); (function () { return 1; })();"
            func run(_ count: Int) {
                for _ in 0..<count { _ = try? realm.evaluate(script) }
            }
            run(100)
            // The realm drops objects only it still holds at its periodic sweep; force one on each side.
            realm.sweep()
            let before = realm.accounting.liveObjects
            run(1_000)
            realm.sweep()
            #expect(realm.accounting.liveObjects - before < 50)
        }
    }
}

