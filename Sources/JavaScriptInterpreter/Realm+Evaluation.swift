import JavaScriptParser

extension Realm {
    /// Parses and runs `source` in this realm. Returns the completion value (the last expression statement's value).
    /// Top-level declarations stay visible to later scripts. Limits apply per call.
    @discardableResult
    /// `lazyFunctions` compiles each plain function's body on its first call: for large trusted code (the
    /// sandbox prelude) of which a run calls little. The whole source is still parsed, so syntax errors are
    /// reported at once; only the few errors the compiler finds wait for the call.
    package func evaluate(
        _ source: String, fileName: String = "<anonymous>", strict: Bool = false, lazyFunctions: Bool = false
    ) throws(ScriptError) -> JSValue {
        let program: Program
        do {
            program = try Parser.parse(source, strict: strict)
        } catch {
            throw ScriptError(kind: .syntax(error), name: "SyntaxError", message: error.message,
                              stack: "SyntaxError: \(error.message)\n    at \(fileName):\(error.location.line):\(error.location.column)", thrownValue: nil)
        }
        return try run(program, fileName: fileName, lazyFunctions: lazyFunctions)
    }

    /// Runs an already parsed program (hosts may cache parsed libraries).
    package func run(_ program: Program, fileName: String, lazyFunctions: Bool = false) throws(ScriptError) -> JSValue {
        let compiler = Compiler(realm: self, fileName: fileName, strict: program.isStrict)
        compiler.lazyFunctions = lazyFunctions
        let compiled: (CompiledFunction, prepare: () throws(JSThrow) -> Void)
        do {
            compiled = try compiler.compileProgram(program)
        } catch {
            throw ScriptError(kind: .syntax(error), name: "SyntaxError", message: error.message,
                              stack: "SyntaxError: \(error.message)\n    at \(fileName):\(error.location.line):\(error.location.column)", thrownValue: nil)
        }
        let (code, prepare) = compiled
        startBudget()
        let savedFile = currentFile
        currentFile = fileName
        let savedFrames = frames
        let savedDepth = callDepth
        frames.append(StackFrame(function: code, callSite: (0, 0)))
        completionValue = .undefined
        defer {
            currentFile = savedFile
            frames = savedFrames
            callDepth = savedDepth
        }
        do throws(JSThrow) {
            try prepare()
            let scope = Scope.make(count: code.slotCount, parent: nil)
            _ = try code.body(scope)
            return completionValue
        } catch {
            throw scriptError(error)
        }
    }

    /// Compiles and runs `source` from inside a native function, while a script runs: the script's step and
    /// time budget carries on, and an exception or a limit propagates as it would from any call. Syntax errors
    /// become a `SyntaxError` exception. Hosts use it to compile library code on first use.
    package func evaluateNested(
        _ source: String, fileName: String, firstLine: Int = 1, lazyFunctions: Bool = false
    ) throws(JSThrow) -> JSValue {
        let program: Program
        do {
            program = try Parser.parse(source, strict: false, firstLine: firstLine)
        } catch {
            throw syntaxError("\(error.message) (\(fileName):\(error.location.line):\(error.location.column))")
        }
        return try runNested(program, fileName: fileName, lazyFunctions: lazyFunctions)
    }

    /// Runs a parsed program from inside a native function; see `evaluateNested`.
    func runNested(_ program: Program, fileName: String, lazyFunctions: Bool = false) throws(JSThrow) -> JSValue {
        let code: CompiledFunction
        let prepare: () throws(JSThrow) -> Void
        do {
            (code, prepare) = try Compiler(realm: self, fileName: fileName, strict: program.isStrict, lazyFunctions: lazyFunctions).compileProgram(program)
        } catch {
            throw syntaxError("\(error.message) (\(fileName):\(error.location.line):\(error.location.column))")
        }
        let savedFile = currentFile
        let savedCompletion = completionValue
        currentFile = fileName
        frames.append(StackFrame(function: code, callSite: (0, 0)))
        defer {
            frames.removeLast()
            currentFile = savedFile
            completionValue = savedCompletion
        }
        try prepare()
        let scope = Scope.make(count: code.slotCount, parent: nil)
        _ = try code.body(scope)
        return completionValue
    }

    /// Calls a JavaScript function from the host, converting an escaping exception.
    package func callFunction(_ function: JSValue, this: JSValue = .undefined, _ arguments: [JSValue]) throws(ScriptError) -> JSValue {
        do throws(JSThrow) {
            return try call(function, this: this, arguments)
        } catch {
            throw scriptError(error)
        }
    }
}
