import Foundation
import Testing
import Transport

@testable import Authorization

@Suite struct OAuth2TokenClientTests {
    final class Recorder: @unchecked Sendable {
        var requests: [HTTPRequest] = []
    }

    private func client(_ recorder: Recorder, body: String = #"{"access_token": "tok", "expires_in": 60}"#, status: Int = 200)
        -> OAuth2TokenClient
    {
        OAuth2TokenClient(
            send: { request throws(TransportError) in
                recorder.requests.append(request)
                return HTTPResponse(status: status, body: Data(body.utf8))
            },
            now: { Date(timeIntervalSince1970: 1_000) })
    }

    @Test func parametersWithoutAGrantOnlyAttachAToken() {
        #expect(OAuth2TokenClient.Grant(parameters: ["accessToken": "t"]) == nil)
        #expect(OAuth2TokenClient.Grant(parameters: ["grant_type": "client_credentials"]) == nil)
        #expect(OAuth2TokenClient.Grant(parameters: ["grant_type": "implicit", "accessTokenUrl": "http://a/t"]) == nil)
    }

    @Test func passwordGrantSendsCredentialsInTheBodyWhenAsked() throws {
        let recorder = Recorder()
        let grant = try #require(
            OAuth2TokenClient.Grant(parameters: [
                "grant_type": "password_credentials", "accessTokenUrl": "http://auth.test/token", "username": "ann",
                "password": "p w", "clientId": "id", "clientSecret": "sec", "client_authentication": "body",
            ]))
        let token = try client(recorder).fetch(grant)
        #expect(token == OAuth2TokenClient.Token(accessToken: "tok", expiry: Date(timeIntervalSince1970: 1_060)))
        #expect(recorder.requests.first?.headers["Authorization"] == nil)
        #expect(
            recorder.requests.first?.body.map { String(decoding: $0, as: UTF8.self) }
                == "grant_type=password&username=ann&password=p%20w&client_id=id&client_secret=sec")
    }

    @Test func authorizationCodeGrantSendsTheCodeAndRedirect() throws {
        let recorder = Recorder()
        let grant = try #require(
            OAuth2TokenClient.Grant(parameters: [
                "grant_type": "authorization_code", "accessTokenUrl": "http://auth.test/token", "code": "c1",
                "redirect_uri": "http://localhost/cb", "clientId": "id", "clientSecret": "sec",
            ]))
        _ = try client(recorder).fetch(grant)
        #expect(recorder.requests.first?.headers["Authorization"] == "Basic aWQ6c2Vj")
        #expect(
            recorder.requests.first?.body.map { String(decoding: $0, as: UTF8.self) }
                == "grant_type=authorization_code&code=c1&redirect_uri=http%3A%2F%2Flocalhost%2Fcb")
    }

    @Test func responseWithoutATokenIsAnError() throws {
        let grant = try #require(
            OAuth2TokenClient.Grant(parameters: ["grant_type": "client_credentials", "accessTokenUrl": "http://auth.test/token"]))
        #expect(throws: AuthorizationError.tokenRequestFailed(url: "http://auth.test/token", reason: #"the response has no access_token: {"token": "x"}"#)) {
            try client(Recorder(), body: #"{"token": "x"}"#).fetch(grant)
        }
    }
}
