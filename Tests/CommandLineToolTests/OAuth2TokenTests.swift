import Foundation
import MockServer
import TestSupport
import Testing
import Transport

@testable import CommandLineTool

/// OAuth2 grants run against a loopback token endpoint, with the real URLSession: the token is fetched once,
/// shared, refreshed on a 401, and never printed.
@Suite struct OAuth2TokenTests {
    /// Issues numbered tokens; the resource accepts only the newest, so revoking forces a refresh.
    final class AuthorizationServer: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var tokenRequests: [String] = []
        private var issued = 0
        private var resourceCalls = 0

        func handle(_ request: ServerRequest) -> ServerResponse {
            lock.lock()
            defer { lock.unlock() }
            switch request.path {
            case "/token":
                guard request.headers["Authorization"] == "Basic Y2xpZW50LTE6czNjcmV0LWNsaWVudA==" else {
                    return .json(status: 401, #"{"error": "invalid_client"}"#)
                }
                tokenRequests.append(request.bodyText)
                issued += 1
                return .json(#"{"access_token": "access-\#(issued)-xyz", "token_type": "Bearer", "expires_in": 3600, "refresh_token": "refresh-\#(issued)-xyz"}"#)
            default:
                resourceCalls += 1
                // The second call finds the first token revoked.
                let valid = resourceCalls >= 2 ? "Bearer access-2-xyz" : "Bearer access-1-xyz"
                guard request.headers["Authorization"] == valid else { return .json(status: 401, #"{"error": "invalid_token"}"#) }
                return .json(#"{"ok": true}"#)
            }
        }
    }

    @Test func clientCredentialsTokenIsFetchedSharedAndRefreshed() throws {
        let authorization = AuthorizationServer()
        let server = try HTTPServer(handler: { authorization.handle($0) })
        server.start()
        defer { server.stop() }
        let collection = """
            {"info": {"name": "OAuth", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "auth": {"type": "oauth2", "oauth2": [
               {"key": "grant_type", "value": "client_credentials"}, {"key": "accessTokenUrl", "value": "{{base}}/token"},
               {"key": "clientId", "value": "client-1"}, {"key": "clientSecret", "value": "s3cret-client"},
               {"key": "scope", "value": "read"}]},
             "item": [{"name": "One", "request": "{{base}}/one"}, {"name": "Two", "request": "{{base}}/two"},
                      {"name": "Three", "request": "{{base}}/three"}]}
            """
        let directory = Fixtures.temporaryDirectory()
        let file = directory.appendingPathComponent("c.json")
        try Data(collection.utf8).write(to: file)
        let json = directory.appendingPathComponent("r.json")
        let run = ToolHarness.run([
            "run", file.path, "--env-var", "base=\(server.baseURL)", "--verbose", "-r", "cli,json",
            "--reporter-json-export", json.path,
        ])
        #expect(run.exitCode == .success, "\(run.standardOutput)\(run.standardError)")
        #expect(
            authorization.tokenRequests == [
                "grant_type=client_credentials&scope=read",
                "grant_type=refresh_token&refresh_token=refresh-1-xyz&scope=read",
            ])
        let output = run.standardOutput + run.standardError + (try String(contentsOf: json, encoding: .utf8))
        for secret in ["access-1-xyz", "access-2-xyz", "refresh-1-xyz", "s3cret-client"] {
            #expect(!output.contains(secret), "\(secret) leaked")
        }
    }

    @Test func tokenEndpointRefusalIsAnAuthError() throws {
        let server = try HTTPServer(handler: { _ in .json(status: 400, #"{"error": "invalid_grant"}"#) })
        server.start()
        defer { server.stop() }
        let collection = """
            {"info": {"name": "OAuth", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "item": [{"name": "One", "request": {"url": "\(server.baseURL)/one", "auth": {"type": "oauth2", "oauth2": [
               {"key": "grant_type", "value": "password_credentials"}, {"key": "accessTokenUrl", "value": "\(server.baseURL)/token"},
               {"key": "username", "value": "ann"}, {"key": "password", "value": "pw-123456"}]}}}]}
            """
        let directory = Fixtures.temporaryDirectory()
        let file = directory.appendingPathComponent("c.json")
        try Data(collection.utf8).write(to: file)
        let run = ToolHarness.run(["run", file.path])
        #expect(run.exitCode == .failure)
        #expect(run.standardOutput.contains("AuthError: could not get an oauth2 token from \(server.baseURL)/token: the server answered 400 Bad Request"))
        #expect(!run.standardOutput.contains("pw-123456"))
    }
}
