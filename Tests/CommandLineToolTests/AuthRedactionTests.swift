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
        ("jwt", [("algorithm", "RS256"), ("privateKey", rsaKeyPEM), ("payload", "{}")], [rsaKeyMiddle]),
        (
            "asap", [("kid", "postie/key1"), ("iss", "postie"), ("aud", "api"), ("privateKey", rsaKeyPEM)],
            [rsaKeyMiddle]
        ),
    ]

    /// RFC 7515's example RSA key (also in the Authorization tests), as PKCS#8 PEM with JSON-escaped newlines.
    static let rsaKeyBase64 = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCh+BYK4uPJtGXOjS1lYmM2K5J9vinh8CR3/BYlzJChNuOL2TSXxbbqY913EeZ8dCn5VrD7io8ImtxLaYk8wTM/U+3QGbh3hCUv7JFP5IV3aVlL6kKA0ywPVb9ilE8TA5a8bpvfbr3SvaNnjuygxmj3AbONv/s4yDQs4v5tJ/reSlpIdJed1LnPmt7Ex1sFhSwsD174pcF1A5L5ROjtZMEQxrZHYJqkeDrrnGya11UxMFBji4NmXG9veoKjlnAqH2QbgtPr8jkiGUkftoaHLFcW9Qr4NY2ai50Xw0Byj3+H2JoY2PyrZ62EWQwuz3WTOTY8BwNNb2BvniHgVFbK5emhAgMBAAECggEAEq5xpGnNCivDflJsRQBXHx1hdR1k6Ulwe2JZD50LpXyWPEAeP88vLNO97IjlA7/GQ5sLKMgvfTeXZx9SE+7YwVol2NXOoAJe46sui395IW/GO+pWJ1O0BkTGoVEn2bKVRUCgu+GjBVaYLU6f3l9kJfFNS3E0QbVdxzubSu3Mkqzjkn439X0M/V51gfpRLI9JYanrC4D4qAdGcopV/0ZHHzQlBjudU2QvXt4ehNYTCBr6XCLQUShb1juUO1ZdiYoFaFQT5Tw8bGUl/x/jTj3ccPDVZFD9pIuhLhBOneufuBiB4cS98l2SR/RQyGWSeWjnczT0QU91p1DhOVRuOopznQKBgQDgHMQQ60imZV1URk0KpLttoLhyt3SmqdEf/kgHePDdtzEafpAu+cS191R2JiuoF2yzWXnwFDcqGigp5BNr0AHQfD8/Lk8l1Mk09jxxCfui5nYooNyac8YFjm3vItzVCVDnEd3BbVWG8qf6deqElMGAg+C2V0L4oNXnP7LZcPAZRwKBgQC5A8R+CZW2MvRTLLHzwZkUXV866cff7tx6kqa0finGG0KgeqlaZPxgCZnFp7AeAcCMtiynVlJ7vMVgePsLq6XtON4tB5kP9jAPrq3rbAOal78eUH5OcED6eNuCV8ixEu1eWcPNCS/l1OW1EnXUEoEHKl54Xrrz2uNwkgMTP1FZ1wKBgAcCn1dwJKufzBWQxWQp1vsM5fggqPN1qGb5y0MAk3g7/Ls5bkUp5u9SN0Ai3Ya6hNnvWJMb7sXQX6U/zyO2M/hTip7tUeh7CXgwo59dkpN75gJLVds29+DAncu3KXU4f2Fa+7bLNrur53k8KwPOq2bbuTG69QtV7Jr5MR0AHWKNAoGBAIf/evpitUf+4JYbLpvNXWcY052Mpz22aR84mY3nh3F2LF2mjMJDpTg7FmuyPcVw6EcGyoAe9fa65iNqCq+jdw6PVNGo2hxfjSiZ8IIzHdsPXI89//pMjZcQK9r+CCoRjaZjOYiIDktVWZzmevJuv6WywUqd57LE3Zar3dLSIkx1AoGAIYd7DHOhrWvxkwPQsRM2tOgrjbcrfvtQJipd+DlcxyVuuM9sQLdgjVk2oy26F0EmpScGLq2MowX7fhd/QJQ3ydy5cY7YIBi87w93IKLEdfnbJtoOPLUW0ITrJReOgo1cq9SbsxYawBgfp/gh6A5603k2+ZQwVK0JKSHuLFkuQ3U="
    static var rsaKeyPEM: String {
        var lines: [Substring] = []
        var rest = Substring(rsaKeyBase64)
        while !rest.isEmpty {
            lines.append(rest.prefix(64))
            rest = rest.dropFirst(64)
        }
        return (["-----BEGIN PRIVATE KEY-----"] + lines.map(String.init) + ["-----END PRIVATE KEY-----"]).joined(separator: "\\n")
    }
    /// A piece from the middle of the key, which must never be printed.
    static var rsaKeyMiddle: String { String(rsaKeyBase64.dropFirst(400).prefix(48)) }

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
