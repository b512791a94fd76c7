import Foundation
import TestSupport
import Testing
import Transport

@testable import Runner

@Suite struct CollectionRunnerTests {
    static let two = [
        RunnerFixture.request("First", #"{"url": "http://h.test/1"}"#),
        RunnerFixture.request("Second", #"{"url": "http://h.test/2"}"#),
    ].joined(separator: ",")

    @Test func eventsArriveInOrder() throws {
        let collection = try RunnerFixture.collection(items: Self.two)
        var input = RunInput(collection: collection, collectionFile: "test.json")
        input.iterationData = [["x": 1], ["x": 2]]
        let runner = CollectionRunner(
            input: input, plan: try RunPlan(collection: collection), options: RunOptions(),
            environment: RunnerFixture.environment(), transport: StubTransport())
        let observer = RecordingObserver()
        runner.add(observer)
        _ = runner.run()
        #expect(
            observer.events == [
                "runStarted Test 2", "iteration 0", "start First", "sent First", "finish First", "start Second",
                "sent Second", "finish Second", "iteration 1", "start First", "sent First", "finish First",
                "start Second", "sent Second", "finish Second", "runFinished",
            ])
    }

    @Test func requestWithNothingToCheckIsOnePassingCheck() throws {
        let (result, _) = try RunnerFixture.run(try RunnerFixture.collection(items: Self.two), transport: StubTransport())
        #expect(result.executions.map(\.checks) == [
            [CheckResult(name: "First", source: .response, outcome: .passed)],
            [CheckResult(name: "Second", source: .response, outcome: .passed)],
        ])
        #expect(result.isSuccess)
    }

    @Test func networkErrorIsAnErrorAndTheRunContinues() throws {
        let transport = StubTransport { request throws(TransportError) in
            if request.url.path == "/1" { throw TransportError.connectionRefused("h.test:80") }
            return HTTPResponse(status: 200)
        }
        let (result, _) = try RunnerFixture.run(try RunnerFixture.collection(items: Self.two), transport: transport)
        #expect(result.executions.count == 2)
        #expect(result.executions[0].errors.map(\.message) == ["connection refused by h.test:80"])
        #expect(result.executions[0].checks.isEmpty)
        #expect(result.executions[1].response?.status == 200)
        #expect(!result.isSuccess)
    }

    @Test func redirectsAreFollowedWithPostmansMethodRules() throws {
        let transport = StubTransport { request throws(TransportError) in
            switch request.url.path {
            case "/start": HTTPResponse(status: 302, headers: [("Location", "/see-other")])
            case "/see-other": HTTPResponse(status: 307, headers: [("Location", "http://other.test/keep")])
            default: HTTPResponse(status: 200)
            }
        }
        let item = RunnerFixture.request(
            "R",
            #"{"method": "POST", "url": "http://h.test/start", "header": [{"key": "Authorization", "value": "x"}], "body": {"mode": "raw", "raw": "data"}}"#)
        let (result, _) = try RunnerFixture.run(try RunnerFixture.collection(items: item), transport: transport)
        let requests = transport.requests
        #expect(requests.map(\.method) == ["POST", "GET", "GET"])
        #expect(requests.map(\.url.absoluteString) == ["http://h.test/start", "http://h.test/see-other", "http://other.test/keep"])
        #expect(requests[1].body == nil)
        #expect(requests[1].headers["Authorization"] == "x")
        #expect(requests[2].headers["Authorization"] == nil)
        #expect(requests[2].headers["Referer"] == "http://h.test/see-other")
        #expect(result.executions[0].response?.status == 200)
    }

    @Test func a307KeepsMethodAndBody() throws {
        let transport = StubTransport { request throws(TransportError) in
            request.url.path == "/a" ? HTTPResponse(status: 307, headers: [("Location", "/b")]) : HTTPResponse(status: 201)
        }
        let item = RunnerFixture.request(
            "R", #"{"method": "PUT", "url": "http://h.test/a", "body": {"mode": "raw", "raw": "data"}}"#)
        _ = try RunnerFixture.run(try RunnerFixture.collection(items: item), transport: transport)
        #expect(transport.requests.map(\.method) == ["PUT", "PUT"])
        #expect(transport.requests[1].body == Data("data".utf8))
    }

    @Test func redirectLoopStopsAtTheLimit() throws {
        let transport = StubTransport { _ throws(TransportError) in HTTPResponse(status: 302, headers: [("Location", "/loop")]) }
        let item = RunnerFixture.request("R", #"{"url": "http://h.test/loop"}"#)
        let (result, _) = try RunnerFixture.run(try RunnerFixture.collection(items: item), transport: transport)
        #expect(transport.requests.count == 11)
        #expect(
            result.executions[0].errors.map(\.message) == [
                "Exceeded maxRedirects (10). Probably stuck in a redirect loop http://h.test/loop"
            ])
    }

    @Test func ignoringRedirectsReturnsTheRedirectItself() throws {
        let transport = StubTransport { _ throws(TransportError) in HTTPResponse(status: 301, headers: [("Location", "/x")]) }
        var options = RunOptions()
        options.followRedirects = false
        let item = RunnerFixture.request("R", #"{"url": "http://h.test/"}"#)
        let (result, _) = try RunnerFixture.run(try RunnerFixture.collection(items: item), transport: transport, options: options)
        #expect(transport.requests.count == 1)
        #expect(result.executions[0].response?.status == 301)
    }

    @Test func cookiesSetByOneResponseAreSentWithTheNextRequest() throws {
        let transport = StubTransport { request throws(TransportError) in
            request.url.path == "/1"
                ? HTTPResponse(status: 200, headers: [("Set-Cookie", "session=abc; Path=/")]) : HTTPResponse(status: 200)
        }
        _ = try RunnerFixture.run(try RunnerFixture.collection(items: Self.two), transport: transport)
        #expect(transport.requests[1].headers["Cookie"] == "session=abc")
    }

    @Test func bailStopsAfterTheFirstError() throws {
        let transport = StubTransport { _ throws(TransportError) in throw TransportError.timedOut(after: .milliseconds(5)) }
        var options = RunOptions()
        options.bail = .failure
        let (result, _) = try RunnerFixture.run(try RunnerFixture.collection(items: Self.two), transport: transport, options: options)
        #expect(result.executions.count == 1)
        #expect(result.interruption == .bailed("RequestError in 'First'"))
    }

    @Test func cancelledRunStopsAndIsMarkedInterrupted() throws {
        let cancellation = RunCancellation()
        let transport = StubTransport { _ throws(TransportError) in
            cancellation.cancel()
            return HTTPResponse(status: 200)
        }
        let (result, _) = try RunnerFixture.run(
            try RunnerFixture.collection(items: Self.two), transport: transport, cancellation: cancellation)
        #expect(result.executions.count == 1)
        #expect(result.interruption == .interrupted)
        #expect(!result.isSuccess)
    }

    @Test func runTimeoutStopsTheRun() throws {
        var options = RunOptions()
        options.runTimeout = .milliseconds(15)
        let (result, _) = try RunnerFixture.run(
            try RunnerFixture.collection(items: Self.two), transport: StubTransport(), options: options)
        #expect(result.executions.count == 1)
        #expect(result.interruption == .timedOut(.milliseconds(15)))
    }

    @Test func lastDataRowIsReusedPastTheEnd() throws {
        let item = RunnerFixture.request("R", #"{"url": "http://h.test/{{row}}"}"#)
        var options = RunOptions()
        options.iterationCount = 3
        let transport = StubTransport()
        _ = try RunnerFixture.run(try RunnerFixture.collection(items: item), transport: transport, options: options) {
            $0.iterationData = [["row": "a"], ["row": "b"]]
        }
        #expect(transport.requests.map(\.url.path) == ["/a", "/b", "/b"])
    }

    @Test func injectedSecretsAreMaskedInResults() throws {
        let item = RunnerFixture.request(
            "R", #"{"url": "http://h.test/{{token}}", "header": [{"key": "X-Token", "value": "{{token}}"}]}"#)
        let transport = StubTransport()
        let (result, runner) = try RunnerFixture.run(try RunnerFixture.collection(items: item), transport: transport) {
            $0.environmentOverrides = [VariableOverride(key: "token", value: "s3cr3t-value", isSecret: true)]
        }
        #expect(transport.requests.first?.headers["X-Token"] == "s3cr3t-value")
        #expect(result.executions[0].request?.headers["X-Token"] == "***")
        #expect(result.executions[0].request?.url.absoluteString == "http://h.test/***")
        #expect(runner.redactor.redact("token=s3cr3t-value") == "token=***")
    }
}

@Suite struct DelayTests {
    @Test func delayComesBeforeEveryRequestInSlices() throws {
        final class Sleeps: @unchecked Sendable {
            var total = Duration.zero
        }
        let sleeps = Sleeps()
        var environment = RunnerFixture.environment()
        environment.sleep = { sleeps.total += $0 }
        var options = RunOptions()
        options.delayBetweenRequests = .milliseconds(120)
        let collection = try RunnerFixture.collection(items: CollectionRunnerTests.two)
        let runner = CollectionRunner(
            input: RunInput(collection: collection, collectionFile: "test.json"), plan: try RunPlan(collection: collection),
            options: options, environment: environment, transport: StubTransport())
        _ = runner.run()
        #expect(sleeps.total == .milliseconds(240))
    }
}
