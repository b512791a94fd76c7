import JavaScriptParser

extension Realm {
    /// Creates an error object of type `name` (Error, TypeError, …) with a V8-style `stack`.
    package func makeError(_ name: String, _ message: String) -> JSObject {
        let proto = errorPrototypes[name] ?? errorPrototype
        let e = newObject(proto: proto, kind: .error(stackFrames()))
        e.set("message", .string(JSString(message)))
        installStack(e)
        return e
    }

    /// `header` followed by one `    at …` line per frame, innermost first.
    func stackText(header: String) -> String {
        header + stackFrames()
    }

    /// The lazily formatted `stack` accessor every error gets (V8 also formats the header on first read).
    func installStack(_ e: JSObject) {
        e.defineOwn(.string("stack"), Property(getter: stackGetter, setter: stackSetter, flags: [.configurable]))
    }

    func makeStackAccessors() {
        stackGetter = newFunction("stack", length: 0) { c throws(JSThrow) in
            guard case .object(let o) = c.this, case .error(let frames) = o.kind else { return .undefined }
            let header = try c.realm.errorHeader(c.this)
            let text = JSValue.string(JSString(header + frames))
            o.defineOwn(.string("stack"), Property(value: text, flags: .hidden))
            return text
        }
        stackSetter = newFunction("stack", length: 1) { c throws(JSThrow) in
            if case .object(let o) = c.this { o.defineOwn(.string("stack"), Property(value: c[0], flags: .hidden)) }
            return .undefined
        }
    }

    /// `Name: message` as Error.prototype.toString would produce it.
    func errorHeader(_ v: JSValue) throws(JSThrow) -> String {
        let n = try get(v, "name")
        let m = try get(v, "message")
        let name = n.isUndefined ? "Error" : try toString(n).string
        let message = m.isUndefined ? "" : try toString(m).string
        if name.isEmpty { return message }
        if message.isEmpty { return name }
        return "\(name): \(message)"
    }

    /// The `\n    at …` lines for the current call stack.
    func stackFrames() -> String {
        var lines: [String] = []
        var loc = location
        var i = frames.count - 1
        var count = 0
        while i >= 0 && count < 10 {
            let frame = frames[i]
            let file = frame.function?.fileName ?? currentFile
            let position = "\(file):\(loc.line):\(loc.column)"
            if let code = frame.function, code.kind != .script {
                let name = code.name
                lines.append(name.isEmpty ? "    at \(position)" : "    at \(name) (\(position))")
            } else {
                lines.append("    at \(position)")
            }
            loc = frame.callSite
            i -= 1
            count += 1
        }
        return lines.map { "\n" + $0 }.joined()
    }

    package func throwError(_ name: String, _ message: String) -> JSThrow {
        .exception(.object(makeError(name, message)))
    }

    package func typeError(_ message: String) -> JSThrow { throwError("TypeError", message) }
    package func rangeError(_ message: String) -> JSThrow { throwError("RangeError", message) }
    package func referenceError(_ message: String) -> JSThrow { throwError("ReferenceError", message) }
    package func syntaxError(_ message: String) -> JSThrow { throwError("SyntaxError", message) }

    func typeError(_ message: String, at loc: SourceLocation) -> JSThrow {
        location = (loc.line, loc.column)
        return typeError(message)
    }

    func referenceError(_ message: String, at loc: SourceLocation) -> JSThrow {
        location = (loc.line, loc.column)
        return referenceError(message)
    }

    func at(_ loc: SourceLocation) {
        location = (loc.line, loc.column)
    }
}
