import Foundation
import TestSupport
import Testing
import Transport

@testable import Runner

/// Scripts run in one realm per run, collection → folder → item, around the request.
@Suite struct ScriptRunTests {
    static func script(_ listen: String, _ lines: [String]) -> String {
        let exec = lines.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        return "{\"listen\": \"\(listen)\", \"script\": {\"exec\": [" + exec.joined(separator: ", ") + "]}}"
    }

    /// `"event": [...]` for an item or folder.
    static func events(_ scripts: String...) -> String {
        "\"event\": [" + scripts.joined(separator: ", ") + "]"
    }

    static let transport = StubTransport { request throws(TransportError) in
        HTTPResponse(
            status: request.url.path == "/missing" ? 404 : 200, headers: [("Content-Type", "application/json")],
            body: Data(#"{"id": 7, "name": "demo"}"#.utf8))
    }

    private func run(_ items: String, extra: String = "", options: RunOptions = RunOptions()) throws -> (RunResult, StubTransport) {
        let transport = StubTransport { request throws(TransportError) in try Self.transport.send(request, options: TransportOptions()) }
        let (result, _) = try RunnerFixture.run(
            try RunnerFixture.collection(items: items, extra: extra), transport: transport, options: options)
        return (result, transport)
    }

    @Test func pmTestResultsBecomeChecksWithChaisMessages() throws {
        let item = RunnerFixture.request(
            "R", #"{"url": "http://h.test/missing"}"#,
            extra: Self.events(
                Self.script("test", [
                    "pm.test('status is 200', function () { pm.response.to.have.status(200); });",
                    "pm.test('has a name', function () { pm.expect(pm.response.json()).to.have.property('name', 'demo'); });",
                    "pm.test.skip('later', function () {});",
                ])))
        let (result, _) = try run(item)
        #expect(
            result.executions[0].checks == [
                CheckResult(
                    name: "status is 200", source: .script,
                    outcome: .failed(CheckFailure(message: "expected response to have status code 200 but got 404"))),
                CheckResult(name: "has a name", source: .script, outcome: .passed),
                CheckResult(name: "later", source: .script, outcome: .skipped),
            ])
        #expect(result.executions[0].testScriptCount == 1)
    }

    @Test func scriptErrorIsAnErrorWithItsLineAndColumn() throws {
        let item = RunnerFixture.request(
            "R", #"{"url": "http://h.test/"}"#,
            extra: Self.events(Self.script("test", ["var a = 1;", "var b = a.missing.id;"])))
        let (result, _) = try run(item)
        #expect(
            result.executions[0].errors == [
                ExecutionError(
                    phase: .testScript, message: "TypeError: Cannot read properties of undefined (reading 'id')",
                    location: "test.json › R › test script:2:19")
            ])
    }

    @Test func scriptsRunCollectionThenFolderThenItemAndShareVariables() throws {
        let item = RunnerFixture.request(
            "R", #"{"url": "http://h.test/{{path}}"}"#,
            extra: Self.events(
                Self.script("prerequest", ["order.push('item'); pm.variables.set('path', order.join('-'));"])))
        let folder = "{\"name\": \"F\", " + Self.events(Self.script("prerequest", ["order.push('folder');"]))
            + ", \"item\": [" + item + "]}"
        let (_, transport) = try run(
            // An undeclared assignment is how scripts share state: Postman wraps each script in a function.
            folder, extra: Self.events(Self.script("prerequest", ["order = []; order.push('collection');"])))
        #expect(transport.requests.first?.url.path == "/collection-folder-item")
    }

    @Test func environmentChangesReachLaterRequests() throws {
        let items = [
            RunnerFixture.request(
                "First", #"{"url": "http://h.test/first"}"#,
                extra: Self.events(Self.script("test", ["pm.environment.set('id', pm.response.json().id);"]))),
            RunnerFixture.request("Second", #"{"url": "http://h.test/items/{{id}}"}"#),
        ].joined(separator: ",")
        let (_, transport) = try run(items)
        #expect(transport.requests.map(\.url.path) == ["/first", "/items/7"])
    }

    @Test func setNextRequestJumpsAndNullEndsTheIteration() throws {
        let items = [
            RunnerFixture.request(
                "A", #"{"url": "http://h.test/a"}"#,
                extra: Self.events(Self.script("test", ["pm.execution.setNextRequest('C');"]))),
            RunnerFixture.request("B", #"{"url": "http://h.test/b"}"#),
            RunnerFixture.request(
                "C", #"{"url": "http://h.test/c"}"#,
                extra: Self.events(Self.script("test", ["postman.setNextRequest(null);"]))),
            RunnerFixture.request("D", #"{"url": "http://h.test/d"}"#),
        ].joined(separator: ",")
        let (result, transport) = try run(items)
        #expect(transport.requests.map(\.url.path) == ["/a", "/c"])
        #expect(result.executions.map(\.name) == ["A", "C"])
    }

    @Test func skipRequestSkipsTheRequestAndItsTests() throws {
        let items = [
            RunnerFixture.request(
                "Skipped", #"{"url": "http://h.test/skipped"}"#,
                extra: Self.events(
                    Self.script("prerequest", ["pm.execution.skipRequest();"]),
                    Self.script("test", ["pm.test('never', function () {});"]))),
            RunnerFixture.request("Sent", #"{"url": "http://h.test/sent"}"#),
        ].joined(separator: ",")
        let (result, transport) = try run(items)
        #expect(transport.requests.map(\.url.path) == ["/sent"])
        #expect(result.executions.map(\.name) == ["Sent"])
    }

    @Test func legacyTestsAndConsoleAreCollected() throws {
        let item = RunnerFixture.request(
            "R", #"{"url": "http://h.test/"}"#,
            extra: Self.events(Self.script("test", ["tests['code is 200'] = responseCode.code === 200;", "tests['never'] = 0;", "console.log('id', pm.response.json().id);"])))
        let (result, _) = try run(item)
        #expect(
            result.executions[0].checks == [
                CheckResult(name: "code is 200", source: .script, outcome: .passed),
                CheckResult(name: "never", source: .script, outcome: .failed(CheckFailure(message: "expected +0 to be truthy"))),
            ])
        #expect(result.executions[0].logs == [ScriptLog(level: "log", text: "id 7")])
    }

    @Test func runawayScriptEndsAtTheScriptTimeout() throws {
        var options = RunOptions()
        options.scriptTimeout = .milliseconds(200)
        let item = RunnerFixture.request(
            "R", #"{"url": "http://h.test/"}"#, extra: Self.events(Self.script("prerequest", ["while (true) {}"])))
        let (result, transport) = try run(item, options: options)
        #expect(transport.requests.count == 1)
        #expect(result.executions[0].errors.map(\.phase) == [.prerequestScript])
        #expect(result.executions[0].errors.first?.message.contains("time limit") == true)
    }
}

@Suite struct ScriptFeatureTests {
    @Test func sendRequestGoesThroughTheRunsTransportWithoutResolvingVariables() throws {
        let transport = StubTransport { request throws(TransportError) in
            if request.url.path == "/token" {
                return HTTPResponse(status: 200, headers: [("Content-Type", "application/json")], body: Data(#"{"token": "t1"}"#.utf8))
            }
            return HTTPResponse(status: 200)
        }
        let item = RunnerFixture.request(
            "R", #"{"url": "http://h.test/main"}"#,
            extra: ScriptRunTests.events(
                ScriptRunTests.script("prerequest", [
                    "pm.sendRequest({url: 'http://h.test/token?v={{x}}', method: 'POST', header: {'X-A': '1'}, body: {mode: 'raw', raw: 'hi'}}, function (err, res) {",
                    "  pm.test('token fetched', function () { pm.expect(err).to.be.null; pm.expect(res.json().token).to.equal('t1'); });",
                    "  pm.environment.set('token', res.json().token);",
                    "});",
                ])))
        let (result, _) = try RunnerFixture.run(try RunnerFixture.collection(items: item), transport: transport)
        #expect(transport.requests.map(\.url.absoluteString) == ["http://h.test/token?v=%7B%7Bx%7D%7D", "http://h.test/main"])
        #expect(transport.requests.first?.method == "POST")
        #expect(transport.requests.first?.headers["X-A"] == "1")
        #expect(transport.requests.first?.headers["User-Agent"] == "postie/\(PostieVersion.current)")
        #expect(result.executions[0].checks.first == CheckResult(name: "token fetched", source: .script, outcome: .passed))
        #expect(result.executions[0].scriptRequests.map(\.status) == [200])
    }

    @Test func sendRequestFailureReachesTheCallback() throws {
        let transport = StubTransport { request throws(TransportError) in
            if request.url.path == "/down" { throw .connectionRefused("h.test:80") }
            return HTTPResponse(status: 200)
        }
        let item = RunnerFixture.request(
            "R", #"{"url": "http://h.test/"}"#,
            extra: ScriptRunTests.events(
                ScriptRunTests.script("test", [
                    "pm.sendRequest('http://h.test/down', function (err, res) { pm.test('err', function () { pm.expect(err.message).to.include('refused'); pm.expect(res).to.be.undefined; }); });"
                ])))
        let (result, _) = try RunnerFixture.run(try RunnerFixture.collection(items: item), transport: transport)
        #expect(result.executions[0].checks == [CheckResult(name: "err", source: .script, outcome: .passed)])
        #expect(result.executions[0].scriptRequests.first?.error == "connection refused by h.test:80")
    }

    @Test func cookiesFromTheJarAreVisibleToScripts() throws {
        let transport = StubTransport { _ throws(TransportError) in
            HTTPResponse(status: 200, headers: [("Set-Cookie", "sid=abc; Path=/")])
        }
        let items = [
            RunnerFixture.request("Login", #"{"url": "http://h.test/login"}"#),
            RunnerFixture.request(
                "Check", #"{"url": "http://h.test/check"}"#,
                extra: ScriptRunTests.events(
                    ScriptRunTests.script("test", ["pm.test('cookie', function () { pm.expect(pm.cookies.get('sid')).to.equal('abc'); pm.expect(pm.cookies.has('nope')).to.be.false; });"]))),
        ].joined(separator: ",")
        let (result, _) = try RunnerFixture.run(try RunnerFixture.collection(items: items), transport: transport)
        #expect(result.executions[1].checks == [CheckResult(name: "cookie", source: .script, outcome: .passed)])
    }

    @Test func setNextRequestLoopStopsAtTheLimit() throws {
        var options = RunOptions()
        options.maximumRequestsPerIteration = 25
        let item = RunnerFixture.request(
            "Loop", #"{"url": "http://h.test/"}"#,
            extra: ScriptRunTests.events(ScriptRunTests.script("test", ["pm.execution.setNextRequest('Loop');"])))
        let (result, _) = try RunnerFixture.run(
            try RunnerFixture.collection(items: item), transport: StubTransport(), options: options)
        #expect(result.executions.count == 25)
        #expect(result.interruption == .requestLimit(25))
        #expect(!result.isSuccess)
    }

    @Test func consoleUsesNodeStyleSubstitutions() throws {
        let item = RunnerFixture.request(
            "R", #"{"url": "http://h.test/"}"#,
            extra: ScriptRunTests.events(
                ScriptRunTests.script("test", ["console.log('%s is %d, %j, 100%%', 'x', 42, {a: 1}, 'extra');", "console.warn({b: [1, 'two']});", "console.log(0, {n: 0}, -0);"])))
        let (result, _) = try RunnerFixture.run(try RunnerFixture.collection(items: item), transport: StubTransport())
        #expect(
            result.executions[0].logs == [
                ScriptLog(level: "log", text: "x is 42, {\"a\":1}, 100% extra"),
                ScriptLog(level: "warn", text: "{ b: [ 1, 'two' ] }"),
                ScriptLog(level: "log", text: "0 { n: 0 } -0"),
            ])
    }
}

@Suite struct RequestEditTests {
    @Test func preRequestScriptChangesUrlMethodAndHeadersOfThisSendOnly() throws {
        let item = RunnerFixture.request(
            "R", #"{"method": "GET", "url": "http://h.test/items?a=1"}"#,
            extra: ScriptRunTests.events(
                ScriptRunTests.script("prerequest", [
                    "pm.request.url.query.add({key: 'b', value: '{{b}}'});",
                    "pm.request.method = 'DELETE';",
                    "pm.request.headers.add({key: 'X-Trace', value: 't1'});",
                ])))
        var options = RunOptions()
        options.iterationCount = 2
        let transport = StubTransport()
        _ = try RunnerFixture.run(try RunnerFixture.collection(items: item), transport: transport, options: options) {
            $0.environmentOverrides = [VariableOverride(key: "b", value: "2")]
        }
        #expect(transport.requests.map(\.url.absoluteString) == ["http://h.test/items?a=1&b=2", "http://h.test/items?a=1&b=2"])
        #expect(transport.requests.map(\.method) == ["DELETE", "DELETE"])
        #expect(transport.requests.first?.headers["X-Trace"] == "t1")
    }
}

@Suite struct ScriptClockTests {
    @Test func datesInScriptsComeFromTheRunsClock() throws {
        let item = RunnerFixture.request(
            "R", #"{"url": "http://h.test/{{ts}}"}"#,
            extra: ScriptRunTests.events(
                ScriptRunTests.script("prerequest", ["pm.environment.set('ts', new Date(Date.now() + 1000).toISOString());"])))
        let transport = StubTransport()
        _ = try RunnerFixture.run(try RunnerFixture.collection(items: item), transport: transport)
        #expect(transport.requests.first?.url.path == "/2026-11-18T11:06:41.000Z")
    }

    /// pm.cookies.jar() writes the run's own jar: what a script sets goes out with the next request, with the
    /// jar's domain rules, and the callback and promise forms report as postman-sandbox does.
    @Test func cookieJarReadsAndWritesTheRunsCookies() throws {
        let transport = StubTransport { _ throws(TransportError) in
            HTTPResponse(status: 200, headers: [("Set-Cookie", "sid=abc; Path=/; HttpOnly")])
        }
        let setUp = [
            "const jar = pm.cookies.jar();",
            "jar.set('http://h.test/', 'theme', 'dark', function (err, cookie) { console.log('set', err, cookie.name, cookie.domain, cookie.path, cookie.hostOnly); });",
            "jar.set('http://h.test/', { name: 'lang', value: 'en', path: '/' }).then(c => console.log('promise set', c.value));",
            "jar.set('http://h.test/', 'plan=pro; Path=/; Secure', function (err, c) { console.log('string set', c.name, c.value, c.secure); });",
            "jar.set('http://h.test/', { name: 'evil', value: '1', domain: 'other.test' }, function (err) { console.log(err.message); });",
            "jar.get('not a url', 'x', function (err, value) { console.log('get from nowhere', err, value); });",
            "jar.get(42, 'x', function (err) { console.log(err.name, err.message); });",
            "try { jar.get('http://h.test/', 'x', 'nope'); } catch (e) { console.log(e.message); }",
        ]
        let check = [
            "const jar = pm.cookies.jar();",
            "jar.get('http://h.test/', 'sid', (err, value) => console.log('sid', value));",
            "jar.getAll('http://h.test/', { http: false }, (err, list) => console.log('without httpOnly', list.all().map(c => c.name).join(',')));",
            "jar.unset('http://h.test/', 'theme', function (err) {",
            "  jar.getAll('http://h.test/').then(list => console.log('after unset', list.count(), list.has('theme')));",
            "});",
        ]
        let clear = [
            "pm.cookies.jar().clear('http://h.test/', function (err) { console.log('cleared', err); });",
        ]
        let items = [
            RunnerFixture.request("Set", #"{"url": "http://h.test/set"}"#, extra: ScriptRunTests.events(ScriptRunTests.script("prerequest", setUp))),
            RunnerFixture.request("Check", #"{"url": "http://h.test/check"}"#, extra: ScriptRunTests.events(ScriptRunTests.script("test", check))),
            RunnerFixture.request("Clear", #"{"url": "http://h.test/clear"}"#, extra: ScriptRunTests.events(ScriptRunTests.script("test", clear))),
            RunnerFixture.request("After", #"{"url": "http://h.test/after"}"#),
        ].joined(separator: ",")
        let (result, _) = try RunnerFixture.run(try RunnerFixture.collection(items: items), transport: transport)
        #expect(result.executions[0].logs.map(\.text) == [
            "callback needs to be a function",
            "set null theme h.test / true",
            "promise set en",
            "string set plan pro true",
            "Cookie not in this host's domain. Cookie:other.test Request:h.test",
            "get from nowhere null null",
            "TypeError CookieJar.get() requires a valid url",
        ])
        // The script's cookies went out with its own request (not the Secure one, over http).
        #expect(transport.requests[0].headers["Cookie"] == "theme=dark; lang=en")
        #expect(result.executions[1].errors == [])
        #expect(result.executions[1].logs.map(\.text) == [
            "sid abc", "without httpOnly theme,lang", "after unset 2 false",
        ])
        #expect(result.executions[2].logs.map(\.text) == ["cleared null"])
        #expect(transport.requests[3].headers["Cookie"] == nil)
    }
}
