/// A reaction waiting on the microtask queue, with the outcome it reacts to.
struct PromiseJob {
    let fulfilled: Bool
    let value: JSValue
    let run: (Bool, JSValue) throws(JSThrow) -> Void
}

/// A promise's state; reactions run as jobs on the realm's microtask queue.
final class PromiseState {
    enum State {
        case pending, fulfilled, rejected
    }

    var state = State.pending
    var value = JSValue.undefined
    var reactions: [(Bool, JSValue) throws(JSThrow) -> Void] = []
    var isHandled = false
}

/// A `setTimeout`/`setInterval` entry on the virtual clock.
struct ScriptTimer {
    var id: Int
    var due: Double
    var interval: Double?
    var callback: JSValue
    var arguments: [JSValue]
}

/// `Promise` (then, catch, finally, resolve, reject, all, allSettled, race, any) with a microtask queue, and timers
/// on a virtual clock the host drains after each script.
extension Realm {
    func setUpPromise() {
        let proto = newObject(proto: objectPrototype)
        promisePrototype = proto
        let ctor = makeConstructor("Promise", length: 1, prototype: proto) { c throws(JSThrow) in
            let r = c.realm
            guard c.newTarget != nil else { throw r.typeError("Promise constructor cannot be invoked without 'new'") }
            guard case .object(let executor) = c[0], executor.isCallable else {
                throw r.typeError("Promise resolver \(r.displayString(c[0])) is not a function")
            }
            let (promise, state) = r.newPromise()
            let (resolve, reject) = r.resolvingFunctions(promise, state)
            do throws(JSThrow) {
                _ = try r.call(c[0], this: .undefined, [.object(resolve), .object(reject)])
            } catch {
                guard case .exception(let value) = error else { throw error }
                _ = try r.call(.object(reject), this: .undefined, [value])
            }
            return .object(promise)
        }
        proto.defineOwn(.symbol(JSSymbol.toStringTag), Property(value: .string(JSString("Promise")), flags: .configurable))
        func state(_ c: NativeCall, _ name: String) throws(JSThrow) -> PromiseState {
            guard case .object(let o) = c.this, case .promise(let s) = o.kind else {
                throw c.realm.typeError("Method Promise.prototype.\(name) called on incompatible receiver \(c.realm.displayString(c.this))")
            }
            return s
        }
        defineMethod(proto, "then", length: 2) { c throws(JSThrow) in
            .object(c.realm.then(try state(c, "then"), c[0], c[1]))
        }
        defineMethod(proto, "catch", length: 1) { c throws(JSThrow) in
            .object(c.realm.then(try state(c, "catch"), .undefined, c[0]))
        }
        defineMethod(proto, "finally", length: 1) { c throws(JSThrow) in
            let r = c.realm
            let s = try state(c, "finally")
            let onFinally = c[0]
            guard case .object(let f) = onFinally, f.isCallable else { return .object(r.then(s, onFinally, onFinally)) }
            let pass = r.newFunction("", length: 1) { inner throws(JSThrow) in
                _ = try inner.realm.call(onFinally, this: .undefined, [])
                return inner[0]
            }
            let rethrow = r.newFunction("", length: 1) { inner throws(JSThrow) in
                _ = try inner.realm.call(onFinally, this: .undefined, [])
                throw .exception(inner[0])
            }
            return .object(r.then(s, .object(pass), .object(rethrow)))
        }
        defineMethod(ctor, "resolve", length: 1) { c throws(JSThrow) in
            if case .object(let o) = c[0], case .promise = o.kind { return c[0] }
            let (promise, s) = c.realm.newPromise()
            try c.realm.resolvePromise(promise, s, c[0])
            return .object(promise)
        }
        defineMethod(ctor, "reject", length: 1) { c throws(JSThrow) in
            let (promise, s) = c.realm.newPromise()
            c.realm.settle(s, fulfilled: false, c[0])
            return .object(promise)
        }
        for name in ["all", "allSettled", "race", "any"] {
            defineMethod(ctor, name, length: 1) { c throws(JSThrow) in try c.realm.combine(name, c[0]) }
        }
    }

    func newPromise() -> (JSObject, PromiseState) {
        let s = PromiseState()
        return (newObject(proto: promisePrototype, kind: .promise(s)), s)
    }

    /// The resolve and reject functions handed to an executor; only the first call counts.
    func resolvingFunctions(_ promise: JSObject, _ s: PromiseState) -> (JSObject, JSObject) {
        final class Once { var done = false }
        let once = Once()
        let resolve = newFunction("", length: 1) { c throws(JSThrow) in
            guard !once.done else { return .undefined }
            once.done = true
            try c.realm.resolvePromise(promise, s, c[0])
            return .undefined
        }
        let reject = newFunction("", length: 1) { c throws(JSThrow) in
            guard !once.done else { return .undefined }
            once.done = true
            c.realm.settle(s, fulfilled: false, c[0])
            return .undefined
        }
        return (resolve, reject)
    }

    /// Resolves with a value, adopting the state of a thenable in a later job, as the spec's resolve functions do.
    func resolvePromise(_ promise: JSObject, _ s: PromiseState, _ value: JSValue) throws(JSThrow) {
        if case .object(let o) = value {
            if o === promise {
                settle(s, fulfilled: false, .object(makeError("TypeError", "Chaining cycle detected for promise #<Promise>")))
                return
            }
            let then: JSValue
            do throws(JSThrow) {
                then = try get(value, "then")
            } catch {
                guard case .exception(let thrown) = error else { throw error }
                settle(s, fulfilled: false, thrown)
                return
            }
            if case .object(let f) = then, f.isCallable {
                pendingJobs.append(PromiseJob(fulfilled: true, value: value) { [unowned self] _, value throws(JSThrow) in
                    let (resolve, reject) = self.resolvingFunctions(promise, s)
                    do throws(JSThrow) {
                        _ = try self.call(then, this: value, [.object(resolve), .object(reject)])
                    } catch {
                        guard case .exception(let thrown) = error else { throw error }
                        _ = try self.call(.object(reject), this: .undefined, [thrown])
                    }
                })
                return
            }
        }
        settle(s, fulfilled: true, value)
    }

    func settle(_ s: PromiseState, fulfilled: Bool, _ value: JSValue) {
        guard s.state == .pending else { return }
        s.state = fulfilled ? .fulfilled : .rejected
        s.value = value
        let reactions = s.reactions
        s.reactions = []
        for reaction in reactions {
            pendingJobs.append(PromiseJob(fulfilled: fulfilled, value: value, run: reaction))
        }
        if !fulfilled && !s.isHandled { unhandledRejections.append((s, value)) }
    }

    /// `then`: a derived promise settled by the handler's result (or by the value when there is no handler).
    func then(_ s: PromiseState, _ onFulfilled: JSValue, _ onRejected: JSValue) -> JSObject {
        let (derived, derivedState) = newPromise()
        let reaction: (Bool, JSValue) throws(JSThrow) -> Void = { [unowned self] fulfilled, value throws(JSThrow) in
            let handler = fulfilled ? onFulfilled : onRejected
            guard case .object(let f) = handler, f.isCallable else {
                if fulfilled { try self.resolvePromise(derived, derivedState, value) } else {
                    self.settle(derivedState, fulfilled: false, value)
                }
                return
            }
            do throws(JSThrow) {
                let result = try self.call(handler, this: .undefined, [value])
                try self.resolvePromise(derived, derivedState, result)
            } catch {
                guard case .exception(let thrown) = error else { throw error }
                self.settle(derivedState, fulfilled: false, thrown)
            }
        }
        if s.state == .rejected, !s.isHandled {
            unhandledRejections.removeAll { $0.0 === s }
        }
        s.isHandled = true
        switch s.state {
        case .pending: s.reactions.append(reaction)
        case .fulfilled, .rejected:
            let fulfilled = s.state == .fulfilled, value = s.value
            pendingJobs.append(PromiseJob(fulfilled: fulfilled, value: value, run: reaction))
        }
        return derived
    }

    /// Promise.all, allSettled, race and any over an iterable.
    func combine(_ name: String, _ iterable: JSValue) throws(JSThrow) -> JSValue {
        let (result, resultState) = newPromise()
        var items: [JSValue] = []
        try iterate(iterable) { item throws(JSThrow) in
            items.append(item)
            return true
        }
        final class Tally {
            var values: [JSValue]
            var remaining: Int
            init(_ count: Int) {
                values = Array(repeating: .undefined, count: count)
                remaining = count
            }
        }
        let tally = Tally(items.count)
        if items.isEmpty {
            switch name {
            case "all", "allSettled": settle(resultState, fulfilled: true, .object(newArray([])))
            case "any":
                settle(resultState, fulfilled: false, .object(makeError("AggregateError", "All promises were rejected")))
            default: break
            }
            return .object(result)
        }
        for (index, item) in items.enumerated() {
            let (promise, s) = newPromise()
            try resolvePromise(promise, s, item)
            let onFulfilled = newFunction("", length: 1) { c throws(JSThrow) in
                let r = c.realm
                switch name {
                case "race", "any": r.settle(resultState, fulfilled: true, c[0])
                default:
                    tally.values[index] = name == "all" ? c[0]
                        : .object(r.newObject(["status": .string(JSString("fulfilled")), "value": c[0]]))
                    tally.remaining -= 1
                    if tally.remaining == 0 { r.settle(resultState, fulfilled: true, .object(r.newArray(tally.values))) }
                }
                return .undefined
            }
            let onRejected = newFunction("", length: 1) { c throws(JSThrow) in
                let r = c.realm
                switch name {
                case "all", "race": r.settle(resultState, fulfilled: false, c[0])
                case "allSettled":
                    tally.values[index] = .object(r.newObject(["status": .string(JSString("rejected")), "reason": c[0]]))
                    tally.remaining -= 1
                    if tally.remaining == 0 { r.settle(resultState, fulfilled: true, .object(r.newArray(tally.values))) }
                default:
                    tally.values[index] = c[0]
                    tally.remaining -= 1
                    if tally.remaining == 0 {
                        let error = r.makeError("AggregateError", "All promises were rejected")
                        error.set("errors", .object(r.newArray(tally.values)))
                        r.settle(resultState, fulfilled: false, .object(error))
                    }
                }
                return .undefined
            }
            _ = then(s, .object(onFulfilled), .object(onRejected))
        }
        return .object(result)
    }

    // MARK: Timers

    func setUpTimers() {
        func schedule(_ c: NativeCall, repeating: Bool, immediate: Bool) throws(JSThrow) -> JSValue {
            let r = c.realm
            guard case .object(let f) = c[0], f.isCallable else {
                throw r.typeError("The \"callback\" argument must be of type function. Received \(r.displayString(c[0]))")
            }
            let requested = try r.toNumber(c[1])
            // Node turns delays below 1 ms, NaN and over 2³¹−1 into 1 ms, which decides the order of ties.
            let delay = immediate ? 0 : requested.isNaN || requested < 1 || requested > 2_147_483_647 ? 1 : requested.rounded(.down)
            let id = r.nextTimerID
            r.nextTimerID += 1
            r.timers.append(
                ScriptTimer(
                    id: id, due: r.virtualTime + delay, interval: repeating ? max(1, delay) : nil, callback: c[0],
                    arguments: Array(c.arguments.dropFirst(immediate ? 1 : 2))))
            return .number(Double(id))
        }
        setGlobal("setTimeout", .object(newFunction("setTimeout", length: 2) { c throws(JSThrow) in
            try schedule(c, repeating: false, immediate: false)
        }))
        setGlobal("setInterval", .object(newFunction("setInterval", length: 2) { c throws(JSThrow) in
            try schedule(c, repeating: true, immediate: false)
        }))
        setGlobal("setImmediate", .object(newFunction("setImmediate", length: 1) { c throws(JSThrow) in
            try schedule(c, repeating: false, immediate: true)
        }))
        setGlobal("queueMicrotask", .object(newFunction("queueMicrotask", length: 1) { c throws(JSThrow) in
            let r = c.realm
            guard case .object(let f) = c[0], f.isCallable else {
                throw r.typeError("The \"callback\" argument must be of type function. Received \(r.displayString(c[0]))")
            }
            let callback = c[0]
            r.pendingJobs.append(PromiseJob(fulfilled: true, value: .undefined) { _, _ throws(JSThrow) in
                _ = try r.call(callback, this: .undefined, [])
            })
            return .undefined
        }))
        for name in ["clearTimeout", "clearInterval", "clearImmediate"] {
            setGlobal(name, .object(newFunction(name, length: 1) { c throws(JSThrow) in
                // Any value is accepted, as in Node; only a number naming a live timer clears one.
                let id = (try? c.realm.toNumber(c[0])) ?? .nan
                c.realm.timers.removeAll { Double($0.id) == id }
                return .undefined
            }))
        }
    }

    /// Runs promise jobs, then timers in due order on the virtual clock, until both are empty. Timers past
    /// `virtualLimit` ms are dropped with an error, so a `setInterval` that is never cleared can't run forever.
    package func drainEventLoop(virtualLimit: Double = 600_000) throws(ScriptError) -> [String] {
        var problems: [String] = []
        let drainStart = virtualTime
        defer { virtualClockAdvance = 0 }
        do throws(JSThrow) {
            while true {
                while !pendingJobs.isEmpty {
                    let job = pendingJobs.removeFirst()
                    try job.run(job.fulfilled, job.value)
                }
                // Ties go to the timer armed first, as in Node: `min` keeps the earliest of equal elements, and a
                // re-armed interval goes to the back.
                guard let next = timers.enumerated().min(by: { $0.element.due < $1.element.due })
                else { break }
                if next.element.due > virtualLimit {
                    problems.append("timers were still pending after \(Int(virtualLimit)) ms of virtual time and were dropped")
                    timers = []
                    break
                }
                var timer = timers.remove(at: next.offset)
                virtualTime = max(virtualTime, timer.due)
                virtualClockAdvance = virtualTime - drainStart
                if let interval = timer.interval {
                    timer.due = virtualTime + interval
                    timers.append(timer)
                }
                _ = try call(timer.callback, this: .undefined, timer.arguments)
            }
        } catch {
            throw scriptError(error)
        }
        for (_, reason) in unhandledRejections {
            problems.append("Uncaught (in promise) " + displayRejection(reason))
        }
        unhandledRejections = []
        return problems
    }

    private func displayRejection(_ value: JSValue) -> String {
        if case .object(let o) = value, case .error = o.kind {
            let name = (try? toString(get(value, "name")).string) ?? "Error"
            let message = (try? toString(get(value, "message")).string) ?? ""
            return message.isEmpty ? name : "\(name): \(message)"
        }
        return inspect(value)
    }
}
