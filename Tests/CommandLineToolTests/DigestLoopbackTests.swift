import Crypto
import Foundation
import MockServer
import TestSupport
import Testing

@testable import CommandLineTool

/// Digest auth over loopback with the real URLSession: the server challenges, then checks the answer with its
/// own RFC 7616 computation, so the test doesn't trust the code it tests.
@Suite struct DigestLoopbackTests {
    static let realm = "postie@test", nonce = "dcd98b7102dd2f0e8b11d0f600bfb0c093", password = "Circle of Life"

    static func handle(_ request: ServerRequest) -> ServerResponse {
        guard let authorization = request.headers["Authorization"], authorization.hasPrefix("Digest ") else {
            return ServerResponse(
                status: 401,
                headers: [("WWW-Authenticate", #"Digest realm="\#(realm)", qop="auth", algorithm=MD5, nonce="\#(nonce)""#)],
                body: Data("sign in".utf8))
        }
        var fields: [String: String] = [:]
        for part in authorization.dropFirst("Digest ".count).split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2 { fields[pair[0]] = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        func md5(_ text: String) -> String { Hex.encode(MD5.hash(text)) }
        let ha1 = md5("Mufasa:\(realm):\(password)")
        let ha2 = md5("\(request.method):\(fields["uri"] ?? "")")
        let expected = md5(
            "\(ha1):\(nonce):\(fields["nc"] ?? ""):\(fields["cnonce"] ?? ""):\(fields["qop"] ?? ""):\(ha2)")
        guard fields["response"] == expected, fields["uri"] == request.target else {
            return .json(status: 403, #"{"error": "bad digest"}"#)
        }
        return .json(#"{"ok": true}"#)
    }

    @Test func challengeIsAnsweredAndTheServerAcceptsIt() throws {
        let server = try HTTPServer(handler: Self.handle)
        server.start()
        defer { server.stop() }
        let collection = """
            {"info": {"name": "Digest", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "auth": {"type": "digest", "digest": [{"key": "username", "value": "Mufasa"}, {"key": "password", "value": "\(Self.password)"}]},
             "item": [{"name": "First", "request": "\(server.baseURL)/dir/index.html?x=1"},
                      {"name": "Second", "request": "\(server.baseURL)/other"}]}
            """
        let directory = Fixtures.temporaryDirectory()
        let file = directory.appendingPathComponent("c.json")
        try Data(collection.utf8).write(to: file)
        let run = ToolHarness.run(["run", file.path, "--assert", "status == 200", "--verbose"])
        #expect(run.exitCode == .success, "\(run.standardOutput)")
        #expect(!run.standardOutput.contains(Self.password))
        // The first request learns the challenge; the second signs at once with what it learned.
        #expect(run.standardOutput.components(separatedBy: "↻ sent again once for the auth handshake").count == 2)
    }
}
