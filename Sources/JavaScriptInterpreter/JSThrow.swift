import JavaScriptParser

/// How JavaScript execution leaves abnormally: a catchable exception or an uncatchable limit.
/// `Error` requires `Sendable`; a thrown value is only ever read on the thread that runs its realm.
package enum JSThrow: Error, @unchecked Sendable {
    case exception(JSValue)
    case limit(LimitExceeded)
}

/// An execution limit that ended a script; scripts cannot catch these.
package enum LimitExceeded: Error, Sendable, Equatable, CustomStringConvertible {
    case steps(Int)
    case time(milliseconds: Int)
    case memory(megabytes: Int)
    case callDepth

    package var description: String {
        switch self {
        case .steps(let n): "Script exceeded the step limit of \(n) steps"
        case .time(let ms): "Script exceeded the time limit of \(ms) ms"
        case .memory(let mb): "Script exceeded the memory limit of \(mb) MB"
        case .callDepth: "RangeError: Maximum call stack size exceeded"
        }
    }
}

/// The limits a host puts on a realm. `nil` means unlimited.
package struct ExecutionLimits: Sendable, Equatable {
    package var maxSteps: Int?
    package var timeoutMilliseconds: Int?
    package var maxMemoryMegabytes: Int?
    package var maxCallDepth: Int

    package init(maxSteps: Int? = nil, timeoutMilliseconds: Int? = nil, maxMemoryMegabytes: Int? = nil, maxCallDepth: Int = 9_000) {
        self.maxSteps = maxSteps
        self.timeoutMilliseconds = timeoutMilliseconds
        self.maxMemoryMegabytes = maxMemoryMegabytes
        self.maxCallDepth = maxCallDepth
    }

    package static let unlimited = ExecutionLimits()
}

/// How a statement finished.
enum Completion {
    case normal
    case breakLoop(Int)
    case continueLoop(Int)
    case returnValue(JSValue)
}

/// What a scope stores besides its slots.
struct ScopeHeader {
    let count: Int
    let parent: Scope?
}

/// A runtime environment record: slots resolved at compile time (tail-allocated, one allocation per scope),
/// and the enclosing scope.
final class Scope: ManagedBuffer<ScopeHeader, JSValue> {
    static func make(count: Int, parent: Scope?) -> Scope {
        let buffer = Scope.create(minimumCapacity: count) { _ in ScopeHeader(count: count, parent: parent) }
        let scope = unsafeDowncast(buffer, to: Scope.self)
        scope.withUnsafeMutablePointerToElements { $0.initialize(repeating: .undefined, count: count) }
        return scope
    }

    static func make(copying other: Scope) -> Scope {
        let count = other.count
        let buffer = Scope.create(minimumCapacity: count) { _ in ScopeHeader(count: count, parent: other.parent) }
        let scope = unsafeDowncast(buffer, to: Scope.self)
        scope.withUnsafeMutablePointerToElements { $0.initialize(from: other.slots, count: count) }
        return scope
    }

    /// The slots; valid while the scope is alive (callers always hold the scope).
    @inline(__always)
    var slots: UnsafeMutablePointer<JSValue> { withUnsafeMutablePointerToElements { $0 } }

    @inline(__always)
    var parent: Scope? { withUnsafeMutablePointerToHeader { $0.pointee.parent } }

    var count: Int { withUnsafeMutablePointerToHeader { $0.pointee.count } }

    deinit {
        withUnsafeMutablePointers { header, elements in
            _ = elements.deinitialize(count: header.pointee.count)
        }
    }
}

/// The arguments of a call into a native function.
package struct NativeCall {
    package let realm: Realm
    package let this: JSValue
    package let arguments: [JSValue]
    /// The constructor `new` was applied to, or nil for a plain call.
    package let newTarget: JSObject?

    package subscript(_ i: Int) -> JSValue { i < arguments.count ? arguments[i] : .undefined }
    package var count: Int { arguments.count }
}

/// A function implemented in Swift.
package typealias NativeFunction = (NativeCall) throws(JSThrow) -> JSValue

/// The code of a script function, compiled once and shared by every closure created from it.
final class CompiledFunction {
    let name: String
    let kind: FunctionKindTag
    let isStrict: Bool
    let fileName: String
    let location: (line: Int, column: Int)
    let sourceText: SourceText
    var length: Int = 0
    var slotCount = 0
    var thisSlot = -1
    var argumentsSlot = -1
    var newTargetSlot = -1
    var homeSlot = -1
    var selfSlot = -1
    var simpleParamCount = -1
    /// Whether the body (or a nested arrow) reads `this`; when not, calls skip binding it.
    var usesThis = false
    var setup: (Scope, [JSValue]) throws(JSThrow) -> Void = { _, _ throws(JSThrow) in }
    var body: (Scope) throws(JSThrow) -> Completion = { _ throws(JSThrow) in .normal }
    /// Compiles the body on the first call, for code compiled with lazy functions (the sandbox prelude and the
    /// shipped libraries, most of whose functions a run never calls). Until then the slot layout is unknown.
    var pendingCompile: (() throws(SyntaxError) -> Void)?

    @inline(__always)
    var isCompiled: Bool { pendingCompile == nil }

    func ensureCompiled(_ realm: Realm) throws(JSThrow) {
        guard let compile = pendingCompile else { return }
        pendingCompile = nil
        do {
            try compile()
        } catch {
            throw realm.syntaxError(error.message)
        }
    }

    init(name: String, kind: FunctionKindTag, isStrict: Bool, fileName: String, location: (line: Int, column: Int), sourceText: SourceText) {
        self.name = name
        self.kind = kind
        self.isStrict = isStrict
        self.fileName = fileName
        self.location = location
        self.sourceText = sourceText
    }
}

/// The interpreter's view of a function's kind.
enum FunctionKindTag {
    case normal, arrow, method, classConstructor, derivedConstructor, script
}

/// What a function object calls.
final class FunctionData {
    enum Body {
        case script(CompiledFunction, Scope?)
        case native(NativeFunction)
        case bound(target: JSObject, this: JSValue, arguments: [JSValue])
    }
    var body: Body
    var isConstructor: Bool
    var homeObject: JSObject?
    /// For class constructors: a method that defines the instance fields on `this`.
    var fieldInitializer: JSObject?

    init(body: Body, isConstructor: Bool) {
        self.body = body
        self.isConstructor = isConstructor
    }
}

/// A frame of the JavaScript call stack, for `error.stack`.
struct StackFrame {
    let function: CompiledFunction?
    let callSite: (line: Int, column: Int)
}

/// A top-level `let`/`const`/`class` binding, shared by every script in a realm.
final class GlobalBinding {
    var value: JSValue
    let isConst: Bool
    init(value: JSValue, isConst: Bool) {
        self.value = value
        self.isConst = isConst
    }
}
