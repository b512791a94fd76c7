import JavaScriptParser

/// Why a script did not complete: it did not parse, it threw, or it hit a limit.
/// `thrownValue` makes this `@unchecked Sendable`: read it only on the realm's thread, before teardown.
package struct ScriptError: Error, CustomStringConvertible, @unchecked Sendable {
    package enum Kind {
        case syntax(SyntaxError)
        case exception
        case limit(LimitExceeded)
    }

    package let kind: Kind
    /// The error's name (`TypeError`), or empty when a non-error value was thrown.
    package let name: String
    package let message: String
    /// V8-style `Name: message` plus `    at file:line:col` lines (or the inspected value for non-errors).
    package let stack: String
    /// The thrown value, for hosts that want to inspect it (only valid while the realm lives).
    package let thrownValue: JSValue?

    /// What `postie js` prints: `Uncaught TypeError: …` plus the stack.
    package var description: String {
        switch kind {
        case .syntax(let e): return e.description
        case .exception: return "Uncaught " + stack
        case .limit(let l): return l.description
        }
    }
}

extension Realm {
    /// Converts an escaped `JSThrow` into a host-facing error.
    func scriptError(_ t: JSThrow) -> ScriptError {
        switch t {
        case .limit(let l):
            return ScriptError(kind: .limit(l), name: l == .callDepth ? "RangeError" : "", message: l.description, stack: l.description, thrownValue: nil)
        case .exception(let v):
            if case .object(let o) = v, case .error = o.kind {
                let name = (try? toString(get(v, "name")).string) ?? "Error"
                let message = (try? toString(get(v, "message")).string) ?? ""
                var stack = (try? get(v, "stack"))?.asString ?? (message.isEmpty ? name : "\(name): \(message)")
                if stack.isEmpty { stack = name }
                return ScriptError(kind: .exception, name: name, message: message, stack: stack, thrownValue: v)
            }
            let text = inspect(v)
            return ScriptError(kind: .exception, name: "", message: text, stack: text, thrownValue: v)
        }
    }
}
