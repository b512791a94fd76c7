import Assertions
import Foundation
import TestSupport
import Testing
import Transport

@testable import Runner

@Suite struct DeclarativeChecksTests {
    static let items = [
        RunnerFixture.request(
            "List", #"{"url": "http://h.test/projects"}"#,
            extra: #""response": [{"name": "OK", "code": 200, "header": [{"key": "Content-Type", "value": "application/json"}], "body": "{\"projects\": [{\"name\": \"a\", \"balance\": \"1.00\"}]}"}]"#),
        RunnerFixture.request("Get", #"{"url": "http://h.test/projects/{{project}}"}"#),
    ].joined(separator: ",")

    static let transport = StubTransport { request throws(TransportError) in
        HTTPResponse(
            status: 200, headers: [("Content-Type", "application/json")],
            body: Data(#"{"projects": [{"name": "demo", "balance": 4.11}]}"#.utf8))
    }

    private func run(_ checks: DeclarativeChecks) throws -> (RunResult, StubTransport) {
        let transport = StubTransport { request throws(TransportError) in try Self.transport.send(request, options: TransportOptions()) }
        var options = RunOptions()
        options.checks = checks
        let (result, _) = try RunnerFixture.run(try RunnerFixture.collection(items: Self.items), transport: transport, options: options)
        return (result, transport)
    }

    @Test func assertionsBecomeChecksWithExpectedAndActual() throws {
        let checks = DeclarativeChecks(assertions: [
            try AssertionParser.parse("status == 2xx"), try AssertionParser.parse("$.projects[0].balance isString"),
        ])
        let (result, _) = try run(checks)
        #expect(
            result.executions[0].checks == [
                CheckResult(name: "status == 2xx", source: .assertion, outcome: .passed),
                CheckResult(
                    name: "$.projects[0].balance isString", source: .assertion,
                    outcome: .failed(
                        CheckFailure(
                            message: "the check was false", expected: "isString", actual: "4.11",
                            location: "$['projects'][0]['balance']"))),
            ])
    }

    @Test func contractChecksCompareWithSavedExamplesAndSkipItemsWithout() throws {
        let (result, _) = try run(DeclarativeChecks(contract: ContractOptions()))
        guard case .failed(let failure) = result.executions[0].checks.first?.outcome else {
            Issue.record("expected a failed contract, got \(result.executions[0].checks)")
            return
        }
        #expect(
            failure.message == """
                the response does not match the saved example 'OK'
                $.projects[0].balance  expected string  got number (4.11)
                """)
        #expect(
            result.executions[1].checks == [
                CheckResult(
                    name: "contract: examples (no contract: the request has no saved examples)", source: .contract,
                    outcome: .skipped)
            ])
    }

    @Test func capturesChainValuesToLaterRequests() throws {
        let file = try AssertionsFile.parse(#"{"capture": {"project": "$.projects[0].name"}}"#, file: "a.json")
        let (_, transport) = try run(DeclarativeChecks(file: file))
        #expect(transport.requests.map(\.url.path) == ["/projects", "/projects/demo"])
    }
}
