import JSON
import JavaScriptInterpreter
import Testing

@Suite struct HostAPITests {
    @Test func completionValueIsReturned() throws {
        let realm = Realm()
        defer { realm.tearDown() }
        let v = try realm.evaluate("const x = 20; x + 22;")
        #expect(v.asNumber == 42)
    }

    @Test func globalsPersistAcrossScriptsInOneRealm() throws {
        let realm = Realm()
        defer { realm.tearDown() }
        try realm.evaluate("var counter = 1; let shared = 'a'; function bump() { counter++; }", fileName: "one.js")
        try realm.evaluate("bump(); implicit = counter; shared += 'b';", fileName: "two.js")
        #expect(realm.getGlobal("implicit").asNumber == 2)
        #expect(realm.getGlobal("shared").asString == "ab")
    }

    @Test func nativeFunctionsAreDeclarative() throws {
        let realm = Realm()
        defer { realm.tearDown() }
        var seen: [String] = []
        let pm = realm.newObject()
        realm.defineMethod(pm, "test", length: 2) { call throws(JSThrow) in
            seen.append(try call.realm.toString(call[0]).string)
            _ = try call.realm.call(call[1], this: .undefined, [])
            return .undefined
        }
        realm.defineValue(pm, "version", JSValue("1.0"))
        realm.defineAccessor(pm, "now", get: { _ throws(JSThrow) in .number(7) })
        realm.setGlobal("pm", .object(pm))
        try realm.evaluate("pm.test('status is ' + pm.version, () => { globalThis.ran = pm.now; });")
        #expect(seen == ["status is 1.0"])
        #expect(realm.getGlobal("ran").asNumber == 7)
    }

    @Test func nativeErrorsBecomeJavaScriptExceptions() {
        let realm = Realm()
        defer { realm.tearDown() }
        realm.defineGlobalFunction("fail", length: 0) { call throws(JSThrow) in
            throw call.realm.typeError("host said no")
        }
        let v = try? realm.evaluate("let m; try { fail(); } catch (e) { m = e.name + ': ' + e.message; } m")
        #expect(v?.asString == "TypeError: host said no")
    }

    @Test func thrownValuesCarryNameMessageAndStack() {
        let realm = Realm()
        defer { realm.tearDown() }
        do {
            try realm.evaluate("function check(r) {\n  return r.body.id;\n}\ncheck({});", fileName: "tests.js")
            Issue.record("expected a throw")
        } catch {
            #expect(error.name == "TypeError")
            #expect(error.message == "Cannot read properties of undefined (reading 'id')")
            #expect(error.stack == "TypeError: Cannot read properties of undefined (reading 'id')\n    at check (tests.js:2:17)\n    at tests.js:4:1")
            #expect(error.description.hasPrefix("Uncaught TypeError: Cannot read properties of undefined"))
        }
    }

    @Test func jsonValuesConvertBothWaysInOrder() throws {
        let realm = Realm()
        defer { realm.tearDown() }
        let json: JSONValue = .object(JSONObject([
            JSONMember(key: "z", value: .number(1)),
            JSONMember(key: "a", value: .array([.bool(true), .null, .string("s")])),
        ]))
        realm.setGlobal("input", realm.value(from: json))
        let out = try realm.evaluate("({ keys: Object.keys(input).join(), copy: input, skipped: undefined, fn() {} })")
        let converted = try realm.jsonValue(from: out)
        #expect(converted == .object(JSONObject([
            JSONMember(key: "keys", value: .string("z,a")),
            JSONMember(key: "copy", value: json),
        ])))
    }

    @Test func consoleOutputGoesToTheHostHook() throws {
        let realm = Realm()
        defer { realm.tearDown() }
        var lines: [String] = []
        realm.console = { level, line in lines.append("\(level) \(line)") }
        try realm.evaluate("console.log('a', {b: [1, 'c']}); console.error(new Error('x').message);")
        #expect(lines == ["log a { b: [ 1, 'c' ] }", "error x"])
    }

    @Test func hostCanCallJavaScriptFunctions() throws {
        let realm = Realm()
        defer { realm.tearDown() }
        let f = try realm.evaluate("(a, b) => a * b")
        #expect(try realm.callFunction(f, [.number(6), .number(7)]).asNumber == 42)
    }
}
