import JavaScriptParser

/// `postie js [--strict] FILE…`: runs files in order in one realm. The CLI owns argv and file reading.
package enum JavaScriptCommand {
    /// Exit codes: 0 success, 1 uncaught exception or unhandled rejection, 3 syntax error, 4 limit hit.
    package static func run(files: [(name: String, source: String)], strict: Bool, limits: ExecutionLimits,
                            stdout: @escaping (String) -> Void, stderr: @escaping (String) -> Void) -> Int32 {
        LargeStack.run {
            let realm = Realm(limits: limits)
            defer { realm.tearDown() }
            realm.console = { level, line in
                if level == "error" || level == "warn" { stderr(line) } else { stdout(line) }
            }
            for file in files {
                do throws(ScriptError) {
                    try realm.evaluate(file.source, fileName: file.name, strict: strict)
                    let problems = try realm.drainEventLoop()
                    // Like Node, an unhandled rejection or a runaway timer fails the run.
                    if !problems.isEmpty {
                        problems.forEach(stderr)
                        return 1
                    }
                } catch {
                    switch error.kind {
                    case .syntax(let e):
                        stderr(e.rendered(fileName: file.name, source: file.source))
                        return 3
                    case .exception:
                        stderr(error.description)
                        return 1
                    case .limit(let l):
                        stderr(l == .callDepth ? "Uncaught " + l.description : "Error: " + l.description)
                        return 4
                    }
                }
            }
            return 0
        }
    }
}
