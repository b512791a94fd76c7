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
        (["algorithm": "ES256", "privateKey": "k"], "unsupported jwt algorithm: ES256"),
        (["algorithm": "RS256", "secret": "k"], "jwt auth is missing its 'privateKey' parameter"),
        (
            ["algorithm": "PS256", "privateKey": "not a key"],
            "jwt auth parameter 'privateKey' has an invalid value '***': the key is not in PEM format: expected a line such as '-----BEGIN PRIVATE KEY-----'"
        ),
        (
            ["algorithm": "RS256", "privateKey": AuthTestKeys.short],
            "jwt auth parameter 'privateKey' has an invalid value '***': RS256 needs an RSA key of at least 2048 bits, and this one has 1024"
        ),
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

    /// RS256/384/512 tokens are deterministic: these were made with node's `crypto.sign` over the same header
    /// (`{"alg":…,"typ":"JWT"}`) and payload, with the RFC 7515 key.
    static let rsaTokens: [(String, String)] = [
        (
            "RS256",
            "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.ZnQvFIfUoXd3NfIK6GyQ7JrsiFBiTl6cYWwEoydFkrSS7mK"
            + "mSOX03GKs5-SnwM_E2-UfQnq-0uWtWNHdHwSQ6YohUTmzYxd2ZmRyo8b-xZE_G-3mWJB7EXFR-owZqORYml9CX-IKbgk32_Lni13"
            + "0tlgJlI_7hf_vZjAuCQ_kfjyB6T7QGVcpnpnkblK0xmXqYzfOR3wHbZItfl9dmU9rxvB1VfAT7YacnPEHB4YFJds9KntYmyOBfxD"
            + "8nAEtMJktKWEaJDwR1iSrs6yJwIFOwaZTpe7cR6DMMliS_Zg3kFB7xuUxADwRBeoR0TsH9ElMjVW4-Jq1Is4LM0OgIxmu0A"
        ),
        (
            "RS384",
            "eyJhbGciOiJSUzM4NCIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.YDslWp1Dqm7eLrzbHj0kJp5GmhJEXJu2KPpxon2Cij08XfI"
            + "-1skG0JVzn5ioXO0EcwamDXp6WrchGo2XBYOprWmVQH5iK57nUUHFOoy6nerlSbd0Yz4TVy7r1LYYqfBkRGpYWjE54yFRfOVGI6S"
            + "d1AMpWvRXRohwsXD6fd-VqElWGXy4UBQ8Bb1rEoQyFP_2a-j4IShawfQ-XfYmzat4JqOLzjSvH9TiVHzP6qdlsJfiDTmBxBH5WA3"
            + "X0GaQDFoGiPIx9N7_hJGKnmoBlMySuMUxfpzF2HPlWm4WuTv8EgEL1RURMUH9jIOjWpsimbLnL2KEciD88j6JvMNIe4xhLQ"
        ),
        (
            "RS512",
            "eyJhbGciOiJSUzUxMiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.FH9NhAEoyCcZJ8aRED529TLHNfke_t3H0wMB9w2ZYMv3Udn"
            + "tDF1cEYQeRmFFRStVbsNUfbRH7o1wLEyZJ4Eo98JljxWuHobOwmiJL-sfYFN_46DVTtxUYmJz-hSP1Ubb6FNaVfqgKQuvOapPOA_"
            + "07dZNTlitv6ekerjCDT99yPzdKoqPEpPZ8JoLBUWGQJCaKM4jmCAknHF9O_FQdUR__P_GJTj6BnqQUixmqLjOtzEnYyByfWJrCIH"
            + "j-FaCgfOlqFFKv6c8gWeHpfhwka-N3WLsLFPimPMUn_C_hoTCCH9hfxMdKse6vTMTUEyJTqVy6Faju4Oivsndqa5eFTRaGQ"
        ),
    ]

    @Test(arguments: rsaTokens)
    func rsaTokensMatchNode(_ algorithm: String, _ token: String) throws {
        let request = HTTPRequest(method: "GET", url: URL(string: "http://api.test/") ?? URL(fileURLWithPath: "/"))
        let parameters: AuthParameters = [
            "algorithm": algorithm, "privateKey": AuthTestKeys.rfc7515, "payload": #"{"sub":"1"}"#, "headerPrefix": "",
        ]
        #expect(try JWTAuthorization.sign(request, parameters: parameters).headers["Authorization"] == token)
    }

    /// RFC 7515 Appendix A.2: the RS256 example signature, from its signing input and its key as PEM.
    @Test func rs256SignatureMatchesRFC7515() throws {
        let key = try RSAPrivateKey(pem: AuthTestKeys.rfc7515)
        let signingInput =
            "eyJhbGciOiJSUzI1NiJ9"
            + ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
        #expect(
            try JWTAuthorization.signature(signingInput, key: key, scheme: .pkcs1v15(.sha256), auth: "jwt")
                == "cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t"
                + "1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12j"
                + "zDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUP"
                + "QGe77Rw")
    }

    /// PSS salts are random, so PS* tokens are checked by verifying them with the key's public half.
    @Test(arguments: [("PS256", HashAlgorithm.sha256), ("PS384", .sha384), ("PS512", .sha512)])
    func pssTokensVerifyAndGoInTheQueryWhenAsked(_ algorithm: String, _ hash: HashAlgorithm) throws {
        let request = HTTPRequest(method: "GET", url: URL(string: "http://api.test/x?token=old") ?? URL(fileURLWithPath: "/"))
        let parameters: AuthParameters = [
            "algorithm": algorithm, "privateKey": AuthTestKeys.rfc7515, "payload": #"{"sub":"1"}"#,
            "addTokenTo": "queryParam",
        ]
        let signed = try JWTAuthorization.sign(request, parameters: parameters)
        let query = try #require(signed.url.query)
        #expect(query.hasPrefix("token="))
        let parts = query.dropFirst("token=".count).split(separator: ".").map(String.init)
        try #require(parts.count == 3)
        #expect(
            String(decoding: try Base64.decode(parts[0], alphabet: .urlSafe, padding: .optional), as: UTF8.self)
                == #"{"alg":"\#(algorithm)","typ":"JWT"}"#)
        let key = try RSAPrivateKey(pem: AuthTestKeys.rfc7515).publicKey
        let signature = try Base64.decode(parts[2], alphabet: .urlSafe, padding: .optional)
        #expect(key.isValidSignature(signature, for: Array((parts[0] + "." + parts[1]).utf8), scheme: .pss(hash)))
        #expect(signed.headers["Authorization"] == nil)
    }

    @Test func anEmptyHeaderPrefixSendsTheBareToken() throws {
        let request = HTTPRequest(method: "GET", url: URL(string: "http://api.test/") ?? URL(fileURLWithPath: "/"))
        let bare = try JWTAuthorization.sign(request, parameters: ["secret": "k", "headerPrefix": ""])
        let prefixed = try JWTAuthorization.sign(request, parameters: ["secret": "k", "headerPrefix": "JWT"])
        #expect(prefixed.headers["Authorization"] == "JWT " + (bare.headers["Authorization"] ?? "-"))
    }
}
