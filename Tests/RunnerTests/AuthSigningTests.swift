import Foundation
import TestSupport
import Testing
import Transport

@testable import Runner

@Suite struct AuthSigningTests {
    static let digestAuth = #""auth": {"type": "digest", "digest": [{"key": "username", "value": "Mufasa"}, {"key": "password", "value": "Circle of Life"}]}"#

    @Test func digestChallengeIsAnsweredAndRememberedForLaterRequests() throws {
        let transport = StubTransport { request throws(TransportError) in
            guard let authorization = request.headers["Authorization"], authorization.hasPrefix("Digest ") else {
                return HTTPResponse(
                    status: 401,
                    headers: [("WWW-Authenticate", #"Digest realm="http-auth@example.org", qop="auth", algorithm=MD5, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS""#)])
            }
            return HTTPResponse(status: 200)
        }
        let items = [
            RunnerFixture.request("One", #"{"url": "http://h.test/dir/index.html"}"#),
            RunnerFixture.request("Two", #"{"url": "http://h.test/dir/index.html"}"#),
        ].joined(separator: ",")
        let (result, _) = try RunnerFixture.run(
            try RunnerFixture.collection(items: items, extra: Self.digestAuth), transport: transport)
        #expect(transport.requests.map { $0.headers["Authorization"] != nil } == [false, true, true])
        let signed = try #require(transport.requests[1].headers["Authorization"])
        #expect(signed.contains(#"username="Mufasa""#))
        #expect(signed.contains(#"realm="http-auth@example.org""#))
        #expect(result.executions.map { $0.response?.status } == [200, 200])
        #expect(result.executions[0].request?.headers["Authorization"] == "***")
    }

    @Test func oauth2AttachesTheTokenWithItsPrefix() throws {
        let item = RunnerFixture.request(
            "R",
            #"{"url": "http://h.test/", "auth": {"type": "oauth2", "oauth2": [{"key": "accessToken", "value": "tok-1"}, {"key": "headerPrefix", "value": "Token"}]}}"#)
        let transport = StubTransport()
        _ = try RunnerFixture.run(try RunnerFixture.collection(items: item), transport: transport)
        #expect(transport.requests.first?.headers["Authorization"] == "Token tok-1")
    }

    @Test func missingSigningSecretIsAnAuthError() throws {
        let item = RunnerFixture.request(
            "R", #"{"url": "http://h.test/", "auth": {"type": "hawk", "hawk": [{"key": "authId", "value": "id"}]}}"#)
        let transport = StubTransport()
        let (result, _) = try RunnerFixture.run(try RunnerFixture.collection(items: item), transport: transport)
        #expect(transport.requests.isEmpty)
        #expect(result.executions[0].errors.first?.phase == .auth)
    }
}
