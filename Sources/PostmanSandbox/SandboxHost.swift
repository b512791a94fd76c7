import JSON
import JavaScriptInterpreter
import Variables

/// The native functions behind `__host`: variable scopes, test results, console output and run control.
struct SandboxHost {
    let realm: Realm
    let state: SandboxState
    let libraries: ScriptLibraryLoader

    func makeHostObject() -> JSObject {
        let host = realm.newObject()
        let state = self.state
        define(host, "get") { call throws(JSThrow) in
            let key = try Self.string(call, call[1])
            let value = Self.lookup(state.scopes, scope: try Self.string(call, call[0]), key: key)
            return value.map { call.realm.value(from: $0) } ?? .undefined
        }
        define(host, "set") { call throws(JSThrow) in
            let scope = try Self.string(call, call[0])
            let key = try Self.string(call, call[1])
            let value: JSONValue? = call[2].isUndefined ? nil : try Self.json(call, call[2])
            Self.modify(&state.scopes, scope: scope) { $0.set(key, value) }
            return .undefined
        }
        define(host, "unset") { call throws(JSThrow) in
            let scope = try Self.string(call, call[0])
            let key = try Self.string(call, call[1])
            Self.modify(&state.scopes, scope: scope) { $0.unset(key) }
            return .undefined
        }
        define(host, "has") { call throws(JSThrow) in
            let scope = try Self.string(call, call[0])
            let key = try Self.string(call, call[1])
            if scope == "variables" { return .bool(state.scopes.variable(named: key) != nil) }
            return .bool(Self.kind(scope).map { state.scopes[$0].has(key) } ?? false)
        }
        define(host, "clear") { call throws(JSThrow) in
            let scope = try Self.string(call, call[0])
            Self.modify(&state.scopes, scope: scope) { $0.clear() }
            return .undefined
        }
        define(host, "toObject") { call throws(JSThrow) in
            let scope = try Self.string(call, call[0])
            let object: JSONObject
            if scope == "variables" {
                var merged = JSONObject()
                for layer in state.scopes.scopes.reversed() {
                    for member in layer.toObject() { merged[member.key] = member.value }
                }
                object = merged
            } else {
                object = Self.kind(scope).map { state.scopes[$0].toObject() } ?? [:]
            }
            return call.realm.value(from: .object(object))
        }
        define(host, "replaceIn") { call throws(JSThrow) in
            let text = try Self.string(call, call[0])
            return .string(JSString(TemplateResolver(chain: state.scopes).resolvedText(text)))
        }
        define(host, "test") { call throws(JSThrow) in
            state.outcome.tests.append(
                ScriptTestResult(
                    name: try Self.string(call, call[0]), passed: Self.truthy(call[1]),
                    skipped: Self.truthy(call[3]), message: try Self.string(call, call[2])))
            return .undefined
        }
        define(host, "log") { call throws(JSThrow) in
            state.outcome.console.append(
                ConsoleLine(
                    level: try Self.string(call, call[0]),
                    text: try Self.string(call, call[1])))
            return .undefined
        }
        define(host, "setNextRequest") { call throws(JSThrow) in
            state.outcome.nextRequest =
                call[0].isNullish ? .stop : .named(try Self.string(call, call[0]))
            return .undefined
        }
        define(host, "sendRequest") { call throws(JSThrow) in
            let spec = try Self.json(call, call[0])
            let request = ScriptRequest(
                method: spec["method"]?.stringValue ?? "GET", url: spec["url"]?.stringValue ?? "",
                headers: (spec["headers"]?.arrayValue ?? []).map {
                    ($0["key"]?.stringValue ?? "", $0["value"]?.stringValue ?? "")
                },
                body: spec["body"]?.stringValue)
            let exchange = state.send?(request) ?? .failure("pm.sendRequest is not available here")
            switch exchange {
            case .response(let response):
                return call.realm.value(from: .object(["response": response.jsonValue]))
            case .failure(let message):
                return call.realm.value(from: .object(["error": .string(message)]))
            }
        }
        define(host, "visualize") { call throws(JSThrow) in
            let template = try Self.string(call, call[0])
            state.outcome.visualization = template.isEmpty ? nil : (template, try Self.json(call, call[1]))
            return .undefined
        }
        // pm.cookies.jar(): null means "not a URL"; a string is an error message.
        define(host, "jarCookies") { call throws(JSThrow) in
            guard let jar = state.cookieJar else { return .string(JSString(Self.noCookieJar)) }
            guard let cookies = jar.cookies(for: try Self.string(call, call[0])) else { return .null }
            return call.realm.value(from: .array(cookies.map(\.jsonValue)))
        }
        define(host, "jarStore") { call throws(JSThrow) in
            guard let jar = state.cookieJar else { return .string(JSString(Self.noCookieJar)) }
            let url = try Self.string(call, call[0])
            guard let cookie = ScriptCookie(json: try Self.json(call, call[1])) else {
                return .string(JSString("CookieJar.set() requires a valid set cookie arguments"))
            }
            switch jar.store(cookie, from: url) {
            case .success(let stored): return call.realm.value(from: stored.jsonValue)
            case .failure(let refusal): return .string(JSString(refusal.message))
            }
        }
        define(host, "jarRemove") { call throws(JSThrow) in
            guard let cookie = ScriptCookie(json: try Self.json(call, call[0])) else { return .undefined }
            state.cookieJar?.remove(cookie)
            return .undefined
        }
        define(host, "deprecated") { call throws(JSThrow) in
            state.noteLegacyUse(try Self.string(call, call[0]))
            return .undefined
        }
        define(host, "registerModule") { [libraries] call throws(JSThrow) in
            libraries.registerBuiltinModule(try Self.string(call, call[0]), call[1])
            return .undefined
        }
        realm.defineValue(host, "skipSignal", .string(JSString(Sandbox.skipSignal)), enumerable: false)
        define(host, "skipRequest") { _ throws(JSThrow) in
            state.outcome.skipsRequest = true
            return .undefined
        }
        return host
    }

    private func define(_ object: JSObject, _ name: String, _ body: @escaping NativeFunction) {
        realm.defineValue(object, name, .object(realm.newFunction(name, length: 0, body)), enumerable: false)
    }

    static func kind(_ scope: String) -> VariableScopeKind? {
        switch scope {
        case "environment": .environment
        case "globals": .globals
        case "collection": .collection
        case "iterationData": .iterationData
        case "variables": .local
        default: nil
        }
    }

    /// `pm.variables.get` looks through every scope; the others read their own.
    static func lookup(_ scopes: ScopeChain, scope: String, key: String) -> JSONValue? {
        if scope == "variables" { return scopes.variable(named: key)?.variable.resolvedValue }
        return kind(scope).flatMap { scopes[$0].get(key) }
    }

    static func modify(_ scopes: inout ScopeChain, scope: String, _ change: (inout VariableScope) -> Void) {
        guard let kind = kind(scope) else { return }
        change(&scopes[kind])
    }
}

extension SandboxHost {
    static let noCookieJar = "pm.cookies.jar() is not available here: no run's cookie jar"

    static func string(_ call: NativeCall, _ value: JSValue) throws(JSThrow) -> String {
        if let text = value.asString { return text }
        do {
            return try call.realm.stringValue(value)
        } catch {
            throw .exception(error.thrownValue ?? .string(JSString(error.message)))
        }
    }

    static func json(_ call: NativeCall, _ value: JSValue) throws(JSThrow) -> JSONValue {
        do {
            return try call.realm.jsonValue(from: value) ?? .null
        } catch {
            throw .exception(error.thrownValue ?? .string(JSString(error.message)))
        }
    }

    static func truthy(_ value: JSValue) -> Bool {
        switch value {
        case .undefined, .null: false
        case .bool(let flag): flag
        case .number(let number): number != 0 && !number.isNaN
        case .string(let text): !text.string.isEmpty
        default: true
        }
    }
}
