import JavaScriptInterpreter

/// Loads the shipped libraries into one realm, each at most once and only when a script first touches it:
/// through `require`, a global such as `_` or `CryptoJS`, or a built-in extension such as Sugar's
/// `String.prototype.has`.
final class ScriptLibraryLoader {
    private let realm: Realm
    private var loaded: [String: LoadedLibrary] = [:]
    /// Modules the prelude provides itself (`chai`, `atob`, `btoa`).
    private var builtinModules: [String: JSValue] = [:]
    private var requireFunction: JSValue = .undefined
    /// Whether function bodies inside units compile on first call; the test of every unit turns it off so a
    /// compile error anywhere in a unit is found.
    private var lazyFunctions = true
    /// Called with a library global's name each time a script reads it, for the legacy-API warnings.
    var onGlobalRead: ((String) -> Void)?

    /// One library's `lib` object (every unit, lazily) and its module value.
    private struct LoadedLibrary {
        let lib: JSObject
        let module: JSValue
    }

    init(realm: Realm) {
        self.realm = realm
    }

    /// Defines `require`, the lazy library globals and the built-in extensions.
    func install() {
        let require = realm.newFunction("require", length: 1) { [unowned self] call throws(JSThrow) in
            try self.require(call[0])
        }
        requireFunction = .object(require)
        realm.setGlobal("require", requireFunction)
        for global in ScriptLibraryCatalog.globals {
            // An accessor that stays one, so each read can count as use of a legacy global; assigning replaces it.
            var value: JSValue?
            let realm = self.realm
            realm.defineAccessor(
                realm.global, global.name, enumerable: false,
                get: { [unowned self] _ throws(JSThrow) in
                    self.onGlobalRead?(global.name)
                    if let value { return value }
                    let library = try self.library(named: global.library)
                    let loaded = try global.unit.map { unit throws(JSThrow) in try realm.get(.object(library.lib), unit) }
                        ?? library.module
                    value = loaded
                    return loaded
                },
                set: { call throws(JSThrow) in
                    realm.defineValue(realm.global, global.name, call[0], enumerable: false)
                    return .undefined
                })
        }
        for libraryName in ScriptLibraryCatalog.extensionLibraries {
            guard let library = ScriptLibraryCatalog.library(named: libraryName) else { continue }
            for unit in library.units where unit.isExtension {
                var path = unit.name.split(separator: ".").map(String.init)
                let name = path.removeLast()
                var holder = JSValue.object(realm.global)
                for step in path { holder = (try? realm.get(holder, step)) ?? .undefined }
                guard case .object(let object) = holder else { continue }
                realm.defineLazyValue(object, name, enumerable: false) { [unowned self] () throws(JSThrow) in
                    try self.realm.get(.object(try self.library(named: libraryName).lib), unit.name)
                }
            }
        }
    }

    /// Compiles and evaluates every unit of every shipped library in a fresh sandbox, and returns one line per
    /// unit that fails: a test, so a typo in a rarely used function can't wait for a user to find it.
    static func unitProblems() -> [String] {
        let sandbox = Sandbox(limits: ExecutionLimits(timeoutMilliseconds: 60_000))
        return sandbox.withLibraries { realm, loader in
            loader.lazyFunctions = false
            var problems: [String] = []
            for name in ScriptLibraryCatalog.libraryNames {
                guard let library = ScriptLibraryCatalog.library(named: name) else {
                    problems.append("\(name): not in the catalog")
                    continue
                }
                for unit in library.units {
                    do throws(JSThrow) {
                        _ = try realm.get(.object(try loader.library(named: name).lib), unit.name)
                    } catch {
                        let text: String
                        switch error {
                        case .exception(let value): text = (try? realm.stringValue(value)) ?? "an exception"
                        case .limit(let limit): text = limit.description
                        }
                        problems.append("\(library.fileName) › \(unit.name): \(text)")
                    }
                }
            }
            return problems
        }
    }

    /// Makes `require(name)` return `value`, for modules the prelude implements.
    func registerBuiltinModule(_ name: String, _ value: JSValue) {
        builtinModules[name] = value
    }

    /// `require(name)`, with Node's errors for a bad or unknown name.
    func require(_ argument: JSValue) throws(JSThrow) -> JSValue {
        guard let name = argument.asString else {
            throw realm.throwError(
                "TypeError", "The \"id\" argument must be of type string. Received \(Self.describe(argument))")
        }
        if name.isEmpty {
            throw realm.throwError("TypeError", "The argument 'id' must be a non-empty string. Received ''")
        }
        if let builtin = builtinModules[name] { return builtin }
        guard let libraryName = ScriptLibraryCatalog.modules[name] else {
            let error = realm.makeError("Error", "Cannot find module '\(name)'")
            realm.defineValue(error, "code", .string(JSString("MODULE_NOT_FOUND")))
            throw .exception(.object(error))
        }
        return try library(named: libraryName).module
    }

    /// How Node's argument errors show the value they got.
    private static func describe(_ value: JSValue) -> String {
        switch value {
        case .undefined: "undefined"
        case .null: "null"
        case .bool(let flag): "type boolean (\(flag))"
        case .number(let number): "type number (\(number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)))"
        case .symbol: "type symbol"
        case .object: "an instance of Object"
        case .string: "type string"
        }
    }

    private func library(named name: String) throws(JSThrow) -> LoadedLibrary {
        if let library = loaded[name] { return library }
        guard let library = ScriptLibraryCatalog.library(named: name) else {
            throw realm.throwError("Error", "Cannot find module '\(name)'")
        }
        let natives: JSValue = library.natives.map { .object($0(realm)) } ?? .undefined
        let lib = realm.newDictionaryObject()
        let units = library.units
        // One accessor pair per unit serves both `lib` and the module: reading through either compiles the unit
        // once and turns that object's property into plain data.
        final class Holders {
            let lib: JSObject
            var module: JSObject?
            init(lib: JSObject) { self.lib = lib }
        }
        let holders = Holders(lib: lib)
        var exported: [(name: String, accessor: (getter: JSObject, setter: JSObject))] = []
        for unit in units {
            let accessor = realm.makeLazyAccessor(
                unit.name,
                resolve: { [unowned self] () throws(JSThrow) in
                    try self.compile(unit, of: library, lib: lib, natives: natives)
                },
                holder: { this in
                    if let module = holders.module, this.asObject === module { return (module, true) }
                    return (holders.lib, false)
                })
            realm.installAccessor(lib, unit.name, accessor, enumerable: false)
            if unit.isExported { exported.append((unit.name, accessor)) }
        }
        let module: JSValue
        if units.contains(where: { $0.name == "module" }) {
            module = try realm.get(.object(lib), "module")
        } else {
            module = .object(realm.newObject())
        }
        if case .object(let object) = module {
            holders.module = object
            for (name, accessor) in exported { realm.installAccessor(object, name, accessor, enumerable: true) }
        }
        let loadedLibrary = LoadedLibrary(lib: lib, module: module)
        loaded[name] = loadedLibrary
        return loadedLibrary
    }

    /// Compiles one unit inside a function that gives it `lib`, `native` and `require`. The wrapper sits on the
    /// unit's `//- name` line, so line numbers are those of the library's source.
    private func compile(
        _ unit: ScriptLibrary.Unit, of library: ScriptLibrary, lib: JSObject, natives: JSValue
    ) throws(JSThrow) -> JSValue {
        let text = "(function (lib, native, require) { 'use strict'; return (" + library.expression(of: unit) + "\n); })"
        let factory = try realm.evaluateNested(
            text, fileName: library.fileName, firstLine: max(unit.line, 1), lazyFunctions: lazyFunctions)
        return try realm.call(factory, this: .undefined, [.object(lib), natives, requireFunction])
    }
}
