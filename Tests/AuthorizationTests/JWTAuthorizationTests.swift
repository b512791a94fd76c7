import Crypto
import Foundation
import Testing
import Transport

@testable import Authorization

@Suite struct JWTAuthorizationTests {
    /// RFC 7515 Appendix A.1: the HS256 example, from its exact signing input and key.
    @Test func hs256SignatureMatchesRFC7515() throws {
        let signingInput =
            "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
            + ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
        let key = try Base64.decode(
            "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow", alphabet: .urlSafe,
            padding: .optional)
        #expect(
            JWTAuthorization.signature(signingInput, key: key, hash: .sha256) == "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
    }

    @Test func tokenGoesInTheHeaderWithItsPrefixOrInTheQuery() throws {
        let request = HTTPRequest(method: "GET", url: URL(string: "http://api.test/x?a=1") ?? URL(fileURLWithPath: "/"))
        let parameters: AuthParameters = ["algorithm": "HS256", "secret": "k", "payload": #"{"sub":"1"}"#]
        let signed = try JWTAuthorization.sign(request, parameters: parameters)
        let expectedToken =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0."
            + JWTAuthorization.signature(
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0", key: Array("k".utf8), hash: .sha256)
        #expect(signed.headers["Authorization"] == "Bearer " + expectedToken)
        var query = parameters
        query.values["addTokenTo"] = "queryParam"
        query.values["queryParamKey"] = "jwt"
        #expect(try JWTAuthorization.sign(request, parameters: query).url.query == "a=1&jwt=" + expectedToken)
    }

    @Test(arguments: [
        (["algorithm": "RS256", "secret": "k"], "unsupported jwt algorithm: RS256"),
        (["algorithm": "HS256"], "jwt auth is missing its 'secret' parameter"),
        (["algorithm": "HS512", "secret": "k", "payload": "[1]"], "jwt auth parameter 'payload' has an invalid value '[1]': it is not a JSON object"),
    ] as [([String: String], String)])
    func unsignableTokensAreErrors(_ parameters: [String: String], _ message: String) {
        let request = HTTPRequest(method: "GET", url: URL(string: "http://api.test/") ?? URL(fileURLWithPath: "/"))
        do {
            _ = try JWTAuthorization.sign(request, parameters: AuthParameters(parameters))
            Issue.record("signed instead of failing")
        } catch {
            #expect(error.description == message)
        }
    }
}
