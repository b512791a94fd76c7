import JavaScriptParser

/// An expression compiled to a Swift closure.
typealias Eval = (Scope) throws(JSThrow) -> JSValue
/// A statement compiled to a Swift closure.
typealias Exec = (Scope) throws(JSThrow) -> Completion

/// How a name was declared, which decides TDZ checks and assignability.
enum BindingKind {
    case `var`, `let`, `const`, function, param, classBinding, this, derivedThis, pseudo, selfName
    var hasTDZ: Bool { self == .let || self == .const || self == .classBinding || self == .derivedThis }
}

/// A compile-time binding: its slot in the runtime scope.
struct Binding {
    let slot: Int
    let kind: BindingKind
}

/// A compile-time scope; each one corresponds to a runtime `Scope`.
final class CompileScope {
    enum Kind { case script, function, block }
    let kind: Kind
    let parent: CompileScope?
    let isArrow: Bool
    // Weak: a lazily compiled function keeps its enclosing compile scopes alive, and those must not keep every
    // enclosing function's code alive in a cycle.
    weak var code: CompiledFunction?
    var names: [String: Binding] = [:]
    var slotCount = 0

    init(kind: Kind, parent: CompileScope?, isArrow: Bool = false, code: CompiledFunction? = nil) {
        self.kind = kind
        self.parent = parent
        self.isArrow = isArrow
        self.code = code
    }

    @discardableResult
    func declare(_ name: String, _ kind: BindingKind) -> Int {
        if let existing = names[name] {
            if kind == .let || kind == .const || kind == .classBinding || kind == .function {
                names[name] = Binding(slot: existing.slot, kind: kind == .function && existing.kind == .param ? .var : kind)
            }
            return existing.slot
        }
        let slot = slotCount
        slotCount += 1
        names[name] = Binding(slot: slot, kind: kind)
        return slot
    }
}

/// Where a name resolves.
enum Resolution {
    case local(depth: Int, slot: Int, kind: BindingKind)
    case global(String)
}

/// Compiles a parsed program into closures with every identifier resolved to a slot.
final class Compiler {
    unowned let realm: Realm
    let fileName: String
    var scope: CompileScope
    var labelIDs: [String: Int] = [:]
    var nextLabelID = 1
    var pendingLabels: [Int] = []
    var functionCounter = 0
    var strict: Bool
    var atScriptLevel = true
    /// Whether plain `function`s compile their bodies on first call (trusted code the host ships; user scripts
    /// compile eagerly so their early errors are reported at once).
    var lazyFunctions = false

    init(realm: Realm, fileName: String, strict: Bool, lazyFunctions: Bool = false) {
        self.realm = realm
        self.fileName = fileName
        self.strict = strict
        self.lazyFunctions = lazyFunctions
        self.scope = CompileScope(kind: .script, parent: nil)
    }

    /// Private names (`#x`) are stored under keys no script can spell, and are hidden from key enumeration.
    static let privatePrefix = "\u{FFFF}#"

    static func constant(_ v: JSValue) -> Eval {
        { _ throws(JSThrow) in v }
    }

    static func nothing() -> Exec {
        { _ throws(JSThrow) in .normal }
    }

    // MARK: Resolution

    func resolve(_ name: String) -> Resolution {
        var depth = 0
        var s: CompileScope? = scope
        while let sc = s {
            if let b = sc.names[name] {
                if b.kind == .this || b.kind == .derivedThis { sc.code?.usesThis = true }
                return .local(depth: depth, slot: b.slot, kind: b.kind)
            }
            if sc.kind == .function && !sc.isArrow, let code = sc.code {
                switch name {
                case "arguments":
                    let slot = sc.declare(name, .var)
                    code.argumentsSlot = slot
                    return .local(depth: depth, slot: slot, kind: .var)
                case "%newTarget":
                    let slot = sc.declare(name, .pseudo)
                    code.newTargetSlot = slot
                    return .local(depth: depth, slot: slot, kind: .pseudo)
                case "%home":
                    let slot = sc.declare(name, .pseudo)
                    code.homeSlot = slot
                    return .local(depth: depth, slot: slot, kind: .pseudo)
                case "%fn":
                    if code.selfSlot >= 0 { return .local(depth: depth, slot: code.selfSlot, kind: .pseudo) }
                    let slot = sc.declare(name, .pseudo)
                    code.selfSlot = slot
                    return .local(depth: depth, slot: slot, kind: .pseudo)
                default: break
                }
            }
            if sc.kind == .script { break }
            depth += 1
            s = sc.parent
        }
        return .global(name)
    }

    /// Runs `body` with a new compile scope pushed.
    func withScope<T>(_ newScope: CompileScope, _ body: () throws(SyntaxError) -> T) throws(SyntaxError) -> T {
        let saved = scope
        scope = newScope
        defer { scope = saved }
        return try body()
    }

    func labelID(_ name: String?) -> Int {
        guard let name else { return 0 }
        return labelIDs[name] ?? 0
    }

    // MARK: Hoisting

    /// Names declared with `var` (and, at function level, function declarations) anywhere in `statements`,
    /// not looking into nested functions.
    static func varNames(_ statements: [Statement], into names: inout [(String, SourceLocation)]) {
        for s in statements { varNames(s, into: &names) }
    }

    static func varNames(_ s: Statement, into names: inout [(String, SourceLocation)]) {
        switch s {
        case .declaration(.var, let decls, _):
            for d in decls { names.append(contentsOf: Parser.boundNames(d.target)) }
        case .block(let b): varNames(b, into: &names)
        case .if(_, let a, let b):
            varNames(a, into: &names)
            if let b { varNames(b, into: &names) }
        case .for(let initializer, _, _, let body):
            if case .declaration(.var, let decls) = initializer {
                for d in decls { names.append(contentsOf: Parser.boundNames(d.target)) }
            }
            varNames(body, into: &names)
        case .forIn(let binding, _, let body, _), .forOf(let binding, _, let body, _):
            if case .declaration(.var, let p) = binding { names.append(contentsOf: Parser.boundNames(p)) }
            varNames(body, into: &names)
        case .while(_, let body), .doWhile(let body, _), .labeled(_, let body): varNames(body, into: &names)
        case .try(let b, _, let c, let f):
            varNames(b, into: &names)
            if let c { varNames(c, into: &names) }
            if let f { varNames(f, into: &names) }
        case .switch(_, let cases):
            for c in cases { varNames(c.body, into: &names) }
        default: break
        }
    }

    /// Lexically scoped declarations directly in `statements` (let, const, class, and block-level functions).
    static func lexicalDeclarations(_ statements: [Statement], includeFunctions: Bool) -> [(String, BindingKind)] {
        var out: [(String, BindingKind)] = []
        for s in statements {
            switch s {
            case .declaration(let kind, let decls, _) where kind != .var:
                for d in decls {
                    for (n, _) in Parser.boundNames(d.target) { out.append((n, kind == .let ? .let : .const)) }
                }
            case .classDeclaration(let c): out.append((c.name ?? "", .classBinding))
            case .functionDeclaration(let f) where includeFunctions: out.append((f.name, .function))
            default: break
            }
        }
        return out
    }

    static func functionDeclarations(_ statements: [Statement]) -> [FunctionNode] {
        var out: [FunctionNode] = []
        for s in statements {
            if case .functionDeclaration(let f) = s { out.append(f) }
            if case .labeled(_, .functionDeclaration(let f)) = s { out.append(f) }
        }
        return out
    }

    // MARK: Program

    /// Compiles a script: top-level `var`s and functions become global object properties, top-level lexical
    /// declarations become realm-wide bindings.
    func compileProgram(_ program: Program) throws(SyntaxError) -> (CompiledFunction, prepare: () throws(JSThrow) -> Void) {
        strict = program.isStrict
        let code = CompiledFunction(name: "", kind: .script, isStrict: program.isStrict, fileName: fileName, location: (1, 1), sourceText: "")
        var vars: [(String, SourceLocation)] = []
        Compiler.varNames(program.body, into: &vars)
        let lexical = Compiler.lexicalDeclarations(program.body, includeFunctions: false)
        let functions = Compiler.functionDeclarations(program.body)
        // Early errors across scripts: a lexical name may not be redeclared.
        for (name, _) in lexical {
            if realm.globalLexicals[name] != nil {
                throw SyntaxError("Identifier '\(name)' has already been declared", at: SourceLocation(line: 1, column: 1))
            }
            if let p = realm.global.getOwn(.string(name)), !p.flags.contains(.configurable), vars.contains(where: { $0.0 == name }) || true {
                if realm.global.hasOwn(.string(name)) && !p.flags.contains(.configurable) {
                    throw SyntaxError("Identifier '\(name)' has already been declared", at: SourceLocation(line: 1, column: 1))
                }
            }
        }
        for (name, loc) in vars + functions.map({ ($0.name, $0.location) }) where realm.globalLexicals[name] != nil {
            throw SyntaxError("Identifier '\(name)' has already been declared", at: loc)
        }
        var bindings: [(String, GlobalBinding)] = []
        for (name, kind) in lexical {
            let b = GlobalBinding(value: .hole, isConst: kind == .const)
            bindings.append((name, b))
            realm.globalLexicals[name] = b
        }
        realm.globalLexicalsVersion += 1
        let compiledFunctions = try functions.map { f throws(SyntaxError) in (f.name, try compileFunction(f)) }
        let body = try compileStatements(program.body)
        code.body = body
        code.slotCount = scope.slotCount
        let realm = self.realm
        let varNamesOnly = vars.map(\.0)
        let prepare: () throws(JSThrow) -> Void = { [unowned(unsafe) realm] () throws(JSThrow) in
            for name in varNamesOnly where !realm.global.hasOwn(.string(name)) {
                realm.global.defineOwn(.string(name), Property(value: .undefined, flags: [.writable, .enumerable]))
            }
            for (name, fcode) in compiledFunctions {
                let f = realm.makeFunction(fcode, scope: nil)
                if let existing = realm.global.getOwn(.string(name)), !existing.flags.contains(.configurable) {
                    realm.global.defineOwn(.string(name), Property(value: .object(f), flags: existing.flags))
                } else {
                    realm.global.defineOwn(.string(name), Property(value: .object(f), flags: [.writable, .enumerable]))
                }
            }
        }
        return (code, prepare)
    }
}
