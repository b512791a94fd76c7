import Foundation
import TestSupport
import Testing
import Transport

@testable import CommandLineTool

/// No auth type's secrets reach the console, the JSON report or the JUnit report, even with --verbose.
@Suite struct AuthRedactionTests {
    static let auths: [(type: String, parameters: [(String, String)], secrets: [String])] = [
        ("basic", [("username", "ann"), ("password", "basic-pass-1")], ["basic-pass-1"]),
        ("bearer", [("token", "bearer-token-1")], ["bearer-token-1"]),
        ("apikey", [("key", "X-Key"), ("value", "apikey-value-1")], ["apikey-value-1"]),
        ("apikey", [("key", "api_key"), ("value", "apikey-query-1"), ("in", "query")], ["apikey-query-1"]),
        ("oauth2", [("accessToken", "oauth2-token-1")], ["oauth2-token-1"]),
        ("digest", [("username", "ann"), ("password", "digest-pass-1"), ("realm", "r"), ("nonce", "n")], ["digest-pass-1"]),
        (
            "oauth1",
            [("consumerKey", "ck"), ("consumerSecret", "oauth1-consumer-1"), ("token", "oauth1-token-1"),
             ("tokenSecret", "oauth1-secret-1"), ("signatureMethod", "HMAC-SHA1")],
            ["oauth1-consumer-1", "oauth1-token-1", "oauth1-secret-1"]
        ),
        ("hawk", [("authId", "id"), ("authKey", "hawk-key-1"), ("algorithm", "sha256")], ["hawk-key-1"]),
        (
            "awsv4", [("accessKey", "AKIDEXAMPLE"), ("secretKey", "aws-secret-1"), ("region", "us-east-1"), ("service", "s3")],
            ["aws-secret-1"]
        ),
        (
            "edgegrid", [("accessToken", "edge-access-1"), ("clientToken", "edge-client-1"), ("clientSecret", "edge-secret-1")],
            ["edge-access-1", "edge-client-1", "edge-secret-1"]
        ),
        ("jwt", [("algorithm", "HS256"), ("secret", "jwt-secret-1"), ("payload", "{}")], ["jwt-secret-1"]),
    ]

    @Test func secretsOfEveryAuthTypeAreMasked() throws {
        let items = Self.auths.enumerated().map { index, auth in
            let parameters = auth.parameters.map { #"{"key": "\#($0.0)", "value": "\#($0.1)"}"# }.joined(separator: ", ")
            return #"{"name": "\#(auth.type) \#(index)", "request": {"url": "http://api.test/\#(index)", "auth": {"type": "\#(auth.type)", "\#(auth.type)": [\#(parameters)]}}}"#
        }
        let collection = """
            {"info": {"name": "Auth", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "item": [\(items.joined(separator: ",\n"))]}
            """
        let directory = Fixtures.temporaryDirectory()
        let file = directory.appendingPathComponent("c.json")
        try Data(collection.utf8).write(to: file)
        let json = directory.appendingPathComponent("r.json")
        let junit = directory.appendingPathComponent("r.xml")
        let transport = StubTransport(status: 200)
        let run = ToolHarness.run(
            ["run", file.path, "--verbose", "-r", "cli,json,junit", "--reporter-json-export", json.path,
             "--reporter-junit-export", junit.path],
            transport: transport)
        #expect(run.exitCode == .success, "\(run.standardOutput)")
        #expect(transport.requests.count == Self.auths.count)
        let output = run.standardOutput + run.standardError + (try String(contentsOf: json, encoding: .utf8))
            + (try String(contentsOf: junit, encoding: .utf8))
        for secret in Self.auths.flatMap(\.secrets) {
            #expect(!output.contains(secret), "\(secret) appears in the output")
        }
        // The secrets did go out on the wire.
        let sent = transport.requests.map { request in
            request.url.absoluteString + request.headers.fields.map { "\($0.name): \($0.value)" }.joined()
        }.joined()
        #expect(sent.contains("apikey-query-1"))
        #expect(sent.contains("bearer-token-1"))
    }
}
