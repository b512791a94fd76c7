import JavaScriptInterpreter

extension NodeBuiltinLibraries {
    /// The Swift helpers `util` and `assert` use: `inspect(value)`, the interpreter's own `console.log` formatting,
    /// so `util.inspect` and assertion messages print objects exactly as the console does.
    static func utilNatives(_ realm: Realm) -> JSObject {
        let natives = realm.newObject()
        let inspect = realm.newFunction("inspect", length: 1) { call throws(JSThrow) in
            .string(JSString(call.realm.inspect(call[0])))
        }
        realm.defineValue(natives, "inspect", .object(inspect))
        return natives
    }
}
