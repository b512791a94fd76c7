import Foundation
import JavaScriptInterpreter
import PostmanSandbox
import Testing
import Variables

/// Runs every `Scripts/*.js` file as a test script and compares its test results, in order, with the file's
/// `// expect: pass` or `// expect: <failure message>` lines.
@Suite struct SandboxScriptTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".js") }.sorted()
    }

    static let context = ScriptContext(
        event: .test, iteration: 0, iterationCount: 1, requestName: "Items", requestID: "items-1",
        location: ["Collection", "Items"], locationCurrent: "Items",
        request: ScriptRequest(method: "GET", url: "http://api.test/items", headers: [("Accept", "*/*")]),
        response: ScriptResponse(
            code: 404, status: "Not Found", headers: [("Content-Type", "application/json")],
            body: #"{"a":1,"b":[1,2]}"#, responseTime: 5, headerSize: 40))

    @Test func scriptFilesAreFound() {
        #expect(Self.files.count >= 5)
    }

    @Test(arguments: files) func scriptMatchesItsExpectations(_ file: String) throws {
        let source = try String(contentsOf: Self.directory.appendingPathComponent(file), encoding: .utf8)
        let expected = source.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("// expect: ") else { return nil }
            return String(line.dropFirst("// expect: ".count))
        }
        let sandbox = Sandbox(limits: ExecutionLimits(timeoutMilliseconds: 10_000))
        var scopes = ScopeChain()
        let outcome = sandbox.run(source, fileName: file, context: Self.context, scopes: &scopes)
        #expect(outcome.failure == nil, "\(outcome.failure?.message ?? "")")
        let actual = outcome.tests.map { $0.passed ? "pass" : $0.message }
        #expect(actual == expected)
    }

    @Test func realmKeepsGlobalsBetweenScripts() {
        let sandbox = Sandbox(limits: ExecutionLimits(timeoutMilliseconds: 10_000))
        var scopes = ScopeChain()
        _ = sandbox.run("counter = 41;", fileName: "first.js", context: Self.context, scopes: &scopes)
        let outcome = sandbox.run(
            "pm.test('sees the global', function () { pm.expect(counter + 1).to.equal(42); });", fileName: "second.js",
            context: Self.context, scopes: &scopes)
        #expect(outcome.tests.map(\.passed) == [true])
    }

    @Test func scriptsInOneRealmMayDeclareTheSameNames() {
        let sandbox = Sandbox(limits: ExecutionLimits(timeoutMilliseconds: 10_000))
        var scopes = ScopeChain()
        for round in 1...2 {
            let outcome = sandbox.run(
                "const json = pm.response.json(); let n = \(round); function f() { return n; }\ntotal = (typeof total === 'number' ? total : 0) + f();",
                fileName: "s.js", context: Self.context, scopes: &scopes)
            #expect(outcome.failure == nil, "round \(round): \(outcome.failure?.message ?? "")")
        }
        let outcome = sandbox.run(
            "pm.test('sum', function () { pm.expect(total).to.equal(3); });", fileName: "t.js", context: Self.context,
            scopes: &scopes)
        #expect(outcome.tests.map(\.passed) == [true])
    }

    @Test func errorsOnTheFirstLineKeepTheirColumn() {
        let sandbox = Sandbox(limits: ExecutionLimits(timeoutMilliseconds: 10_000))
        var scopes = ScopeChain()
        let outcome = sandbox.run("var x = null; x.y;", fileName: "s.js", context: Self.context, scopes: &scopes)
        #expect(outcome.failure == ScriptFailure(message: "TypeError: Cannot read properties of null (reading 'y')", line: 1, column: 17))
    }

    @Test func thrownErrorEndsTheScriptButKeepsEarlierTests() {
        let sandbox = Sandbox(limits: ExecutionLimits(timeoutMilliseconds: 10_000))
        var scopes = ScopeChain()
        let outcome = sandbox.run(
            "pm.test('first', function () {});\nnull.x;\npm.test('never', function () {});", fileName: "s.js",
            context: Self.context, scopes: &scopes)
        #expect(outcome.tests.map(\.name) == ["first"])
        #expect(outcome.failure == ScriptFailure(message: "TypeError: Cannot read properties of null (reading 'x')", line: 2, column: 6))
    }

    @Test func sendRequestCallbacksRunAfterTheScriptAndPromisesResolveToTheResponse() {
        let sandbox = Sandbox(limits: ExecutionLimits(timeoutMilliseconds: 10_000))
        var scopes = ScopeChain()
        let source = """
            pm.sendRequest('http://api.test/a', function (err, res) { console.log('callback', res.code); });
            console.log('after sendRequest');
            pm.sendRequest('http://api.test/b').then(function (res) { console.log('promise', res.code); });
            pm.sendRequest('http://api.test/down').catch(function (err) { console.log('rejected', err.message); });
            Promise.reject(new Error('nobody caught this'));
            """
        let outcome = sandbox.run(source, fileName: "s.js", context: Self.context, scopes: &scopes) { request in
            request.url.hasSuffix("/down")
                ? .failure("connection refused by api.test:80")
                : .response(ScriptResponse(code: 200, status: "OK", headers: [], body: "", responseTime: 1, headerSize: 0))
        }
        #expect(outcome.failure == nil)
        #expect(outcome.console.map(\.text) == [
            "after sendRequest", "promise 200", "rejected connection refused by api.test:80", "callback 200",
            "Uncaught (in promise) Error: nobody caught this",
        ])
        #expect(outcome.console.last?.level == "error")
    }

    @Test func skipRequestEndsItsScriptAtOnce() {
        let sandbox = Sandbox(limits: ExecutionLimits(timeoutMilliseconds: 10_000))
        var scopes = ScopeChain()
        var context = Self.context
        context.event = .prerequest
        context.response = nil
        let outcome = sandbox.run(
            "pm.execution.skipRequest();\npm.environment.set('after', 'ran');", fileName: "s.js", context: context,
            scopes: &scopes)
        #expect(outcome.skipsRequest)
        #expect(outcome.failure == nil)
        #expect(scopes[.environment].get("after") == nil)
    }

    @Test func testScriptAfterARequestErrorGetsAnEmptyResponse() {
        let sandbox = Sandbox(limits: ExecutionLimits(timeoutMilliseconds: 10_000))
        var scopes = ScopeChain()
        var context = Self.context
        context.response = nil
        let outcome = sandbox.run(
            """
            pm.test('no code', function () { pm.expect(pm.response.code).to.be.undefined; });
            pm.test('status fails with a message', function () { pm.response.to.have.status(200); });
            pm.test('json throws', function () { pm.expect(function () { pm.response.json(); }).to.throw(); });
            """, fileName: "s.js", context: context, scopes: &scopes)
        #expect(outcome.failure == nil)
        #expect(outcome.tests.map { $0.passed ? "pass" : $0.message } == [
            "pass", "expected response to have status code 200 but got undefined", "pass",
        ])
    }

    /// postman-sandbox's one-time warnings for the legacy API; Postie logs them only when asked (`--verbose`).
    @Test func legacyGlobalsWarnOncePerScriptWhenAsked() {
        let source = """
            tests['legacy'] = responseCode.code === 404;
            postman.setEnvironmentVariable('a', 1);
            postman.setEnvironmentVariable('b', 2);
            var size = responseBody.length + responseTime + iteration;
            var first = _.first([1, 2]);
            var keys = Object.keys(environment).length;
            """
        var context = Self.context
        for warns in [true, false] {
            context.warnsOfDeprecatedAPIs = warns
            let sandbox = Sandbox(limits: ExecutionLimits(timeoutMilliseconds: 10_000))
            var scopes = ScopeChain()
            let outcome = sandbox.run(source, fileName: "s.js", context: context, scopes: &scopes)
            #expect(outcome.failure == nil)
            #expect(outcome.tests.map(\.passed) == [true])
            let warnings = outcome.console.filter { $0.level == "warn" }.map(\.text)
            #expect(warnings == (warns ? [
                #"Using "tests" is deprecated. Use "pm.test()" instead."#,
                #"Using "responseCode" is deprecated. Use "pm.response.code" instead."#,
                #"Using "postman.setEnvironmentVariable" is deprecated. Use "pm.environment.set()" instead."#,
                #"Using "_" is deprecated. Use "require('lodash')" instead."#,
                #"Using "environment" is deprecated. Use "pm.environment" instead."#,
            ] : []))
        }
    }

    @Test func setNextRequestAndSkipAreRecorded() {
        let sandbox = Sandbox(limits: ExecutionLimits(timeoutMilliseconds: 10_000))
        var scopes = ScopeChain()
        var context = Self.context
        context.event = .prerequest
        context.response = nil
        let outcome = sandbox.run(
            "pm.execution.setNextRequest('Other'); pm.execution.skipRequest();", fileName: "s.js", context: context,
            scopes: &scopes)
        #expect(outcome.nextRequest == .named("Other"))
        #expect(outcome.skipsRequest)
    }
}
