import Foundation
import JavaScriptParser

/// A JavaScript realm: the global object, the built-ins, the limits, and every object it allocated (so teardown can
/// break reference cycles). Globals persist across the scripts run in one realm.
package final class Realm {
    package let accounting = HeapAccounting()
    package internal(set) var global: JSObject!
    var globalLexicals: [String: GlobalBinding] = [:]
    var globalLexicalsVersion = 0

    var objectPrototype: JSObject!
    var functionPrototype: JSObject!
    var arrayPrototype: JSObject!
    var stringPrototype: JSObject!
    var numberPrototype: JSObject!
    var booleanPrototype: JSObject!
    var symbolPrototype: JSObject!
    var errorPrototype: JSObject!
    var iteratorPrototype: JSObject!
    var arrayIteratorPrototype: JSObject!
    var mapPrototype: JSObject!
    var setPrototype: JSObject!
    var weakMapPrototype: JSObject!
    var regExpPrototype: JSObject!
    var promisePrototype: JSObject!
    /// Promise reaction jobs waiting to run (the microtask queue), oldest first.
    var pendingJobs: [PromiseJob] = []
    /// Timers on the virtual clock: `setTimeout` and friends never wait for real time.
    var timers: [ScriptTimer] = []
    var nextTimerID = 1
    var virtualTime = 0.0
    /// How far the virtual clock has moved while timers run, added to `currentTime()` for `Date`, so code
    /// that measures elapsed time (debounce, retry back-off) sees a timer's delay pass.
    var virtualClockAdvance = 0.0
    /// Rejected promises nobody has handled yet, in rejection order.
    var unhandledRejections: [(PromiseState, JSValue)] = []
    var errorPrototypes: [String: JSObject] = [:]
    var throwTypeErrorFunction: JSObject!
    var arrayValuesFunction: JSObject!
    var stackGetter: JSObject!
    var stackSetter: JSObject!

    // Limits.
    package var limits: ExecutionLimits
    var steps = 0
    var stepLimit = Int.max
    var nextClockCheck = 1024
    var allocatedUnitsSinceSweep = 0
    var deadline: ContinuousClock.Instant?
    var callDepth = 0
    var frames: [StackFrame] = []
    var location: (line: Int, column: Int) = (0, 0)
    var currentFile = "<anonymous>"
    var completionValue: JSValue = .undefined
    var joinStack: [JSObject] = []
    /// Replaces `Math.random` (tests use a seeded source).
    package var randomSource: (() -> Double)?
    /// Milliseconds since 1970 for `Date.now()` and `new Date()`; the host can fix it for reproducible runs.
    package var currentTime: () -> Double = { (Date().timeIntervalSince1970 * 1000).rounded(.down) }

    // Memory.
    var registry: [JSObject] = []
    var allocationsSinceSweep = 0
    var sweepThreshold = 4096
    var torndown = false
    var memoryExceeded = false

    /// Receives each `console.*` line; `level` is log, info, warn, error or debug.
    package var console: (_ level: String, _ line: String) -> Void = { _, _ in }

    package init(limits: ExecutionLimits = .unlimited) {
        self.limits = limits
        setUpIntrinsics()
    }

    deinit {
        tearDown()
    }

    // MARK: Allocation

    func register(_ object: JSObject) {
        registry.append(object)
        allocationsSinceSweep += 1
        if allocationsSinceSweep >= sweepThreshold { sweep() }
    }

    func sweep() {
        allocationsSinceSweep = 0
        allocatedUnitsSinceSweep = 0
        var kept: [JSObject] = []
        kept.reserveCapacity(registry.count)
        var i = 0
        while i < registry.count {
            if !isKnownUniquelyReferenced(&registry[i]) { kept.append(registry[i]) }
            i += 1
        }
        registry = kept
        sweepThreshold = max(4096, registry.count)
        if let mb = limits.maxMemoryMegabytes, estimatedMemory() > mb * 1_048_576 {
            memoryExceeded = true
            nextClockCheck = steps
        }
    }

    /// Estimated bytes held by live objects (checked at sweeps against the memory limit).
    func estimatedMemory() -> Int {
        var total = 0
        for o in registry {
            total += 96 + o.elements.count * 16 + o.keys.count * 64
            for p in o.values { if case .string(let s) = p.value { total += s.length * 2 } }
            // A large array's strings are estimated from a sample: checking memory must not cost as much as
            // the work it is guarding.
            let sampled = o.elements.prefix(256)
            var sampleBytes = 0
            for e in sampled { if case .string(let s) = e { sampleBytes += s.length * 2 } }
            total += sampled.isEmpty ? 0 : sampleBytes * (o.elements.count / sampled.count)
        }
        return total
    }

    func checkMemory() throws(JSThrow) {
        guard let mb = limits.maxMemoryMegabytes else { return }
        if estimatedMemory() > mb * 1_048_576 { throw .limit(.memory(megabytes: mb)) }
    }

    func newObject(proto: JSObject?, kind: ObjectKind = .ordinary) -> JSObject {
        let o = JSObject(proto: proto, kind: kind, accounting: accounting)
        register(o)
        return o
    }

    package func newObject() -> JSObject { newObject(proto: objectPrototype) }

    /// A new object with no prototype, like `Object.create(null)`.
    package func newDictionaryObject() -> JSObject { newObject(proto: nil) }

    package func newArray(_ values: [JSValue] = []) -> JSObject {
        let a = newObject(proto: arrayPrototype, kind: .array)
        a.elements = ContiguousArray(values)
        return a
    }

    /// Breaks every reference between the realm's objects so ARC can free cycles. The realm is unusable after.
    package func tearDown() {
        guard !torndown else { return }
        torndown = true
        for o in registry { o.clear() }
        registry = []
        completionValue = .undefined
        joinStack = []
        randomSource = nil
        globalLexicals = [:]
        errorPrototypes = [:]
        frames = []
        global = nil
        objectPrototype = nil
        functionPrototype = nil
        arrayPrototype = nil
        stringPrototype = nil
        numberPrototype = nil
        booleanPrototype = nil
        symbolPrototype = nil
        errorPrototype = nil
        iteratorPrototype = nil
        arrayIteratorPrototype = nil
        mapPrototype = nil
        setPrototype = nil
        weakMapPrototype = nil
        regExpPrototype = nil
        promisePrototype = nil
        pendingJobs = []
        timers = []
        unhandledRejections = []
        throwTypeErrorFunction = nil
        arrayValuesFunction = nil
        stackGetter = nil
        stackSetter = nil
    }

    // MARK: Steps and time

    @inline(__always)
    func step() throws(JSThrow) {
        steps &+= 1
        if steps >= nextClockCheck { try slowStepCheck() }
    }

    /// Counts `count` steps of native work at once (regex backtracking, filling a large array), so the step,
    /// time and memory limits hold inside built-ins too.
    func chargeSteps(_ count: Int) throws(JSThrow) {
        steps &+= count
        if steps >= nextClockCheck { try slowStepCheck() }
    }

    /// Native work that allocates `units` elements or code units: charged as steps, and counted toward the next
    /// memory check, which object counts alone would not trigger for a few huge arrays or strings.
    func chargeAllocation(_ units: Int) throws(JSThrow) {
        guard units > 64 else { return }
        allocatedUnitsSinceSweep &+= units
        if allocatedUnitsSinceSweep > 4_000_000 { sweep() }
        try chargeSteps(units >> 6)
    }

    func slowStepCheck() throws(JSThrow) {
        if steps >= stepLimit { throw .limit(.steps(limits.maxSteps ?? 0)) }
        nextClockCheck = min(steps + 1024, stepLimit)
        if let deadline, ContinuousClock.now > deadline {
            throw .limit(.time(milliseconds: limits.timeoutMilliseconds ?? 0))
        }
        if memoryExceeded { throw .limit(.memory(megabytes: limits.maxMemoryMegabytes ?? 0)) }
    }

    /// Starts the budget for one `run`: steps and wall-clock time count from here.
    func startBudget() {
        steps = 0
        memoryExceeded = false
        stepLimit = limits.maxSteps ?? Int.max
        nextClockCheck = min(1024, stepLimit)
        if let ms = limits.timeoutMilliseconds {
            deadline = ContinuousClock.now.advanced(by: .milliseconds(ms))
        } else {
            deadline = nil
        }
    }

    // MARK: Function objects

    /// Creates a native function object with `name` and `length`.
    package func newFunction(_ name: String, length: Int, isConstructor: Bool = false, _ body: @escaping NativeFunction) -> JSObject {
        let f = newObject(proto: functionPrototype, kind: .function(FunctionData(body: .native(body), isConstructor: isConstructor)))
        f.set("length", .number(Double(length)), flags: .configurable)
        f.set("name", .string(JSString(name)), flags: .configurable)
        return f
    }

    /// Defines a native method on `object` (non-enumerable, as built-ins are).
    @discardableResult
    package func defineMethod(_ object: JSObject, _ name: String, length: Int, _ body: @escaping NativeFunction) -> JSObject {
        let f = newFunction(name, length: length, body)
        object.set(name, .object(f))
        return f
    }

    func defineMethod(_ object: JSObject, symbol: JSSymbol, name: String, length: Int, _ body: @escaping NativeFunction) {
        let f = newFunction(name, length: length, body)
        object.defineOwn(.symbol(symbol), Property(value: .object(f), flags: .hidden))
    }

    /// Defines an accessor property backed by Swift closures.
    package func defineGetter(_ object: JSObject, _ name: String, _ getter: @escaping NativeFunction) {
        let g = newFunction("get " + name, length: 0, getter)
        object.defineOwn(.string(name), Property(getter: g, setter: nil, flags: .configurable))
    }

    func makeConstructor(_ name: String, length: Int, prototype: JSObject, _ body: @escaping NativeFunction) -> JSObject {
        let c = newFunction(name, length: length, isConstructor: true, body)
        c.set("prototype", .object(prototype), flags: [])
        prototype.set("constructor", .object(c))
        global.set(name, .object(c))
        return c
    }

    /// The prototype for objects created by `new target` (falls back to `fallback`).
    func prototype(from newTarget: JSObject?, fallback: JSObject) throws(JSThrow) -> JSObject {
        guard let newTarget else { return fallback }
        if case .object(let p) = try get(.object(newTarget), "prototype") { return p }
        return fallback
    }

    // MARK: Globals

    /// Defines (or replaces) a global variable visible to every script in this realm.
    package func setGlobal(_ name: String, _ value: JSValue) {
        global.set(name, value, flags: .hidden)
    }

    package func getGlobal(_ name: String) -> JSValue {
        if let b = globalLexicals[name] { return b.value }
        return global.getOwn(.string(name))?.value ?? .undefined
    }
}
