import Crypto
import Foundation
import Testing
import Transport

@testable import Authorization

/// Postman's asap auth, built as postman-runtime builds it, from a fixed clock and UUID.
@Suite struct ASAPAuthorizationTests {
    static let context = SigningContext.fixed(seconds: 1_700_000_000, uuid: "00000000-0000-4000-8000-000000000001")
    static let request = HTTPRequest(
        method: "GET", url: URL(string: "http://api.test/") ?? URL(fileURLWithPath: "/"),
        headers: [("authorization", "Basic old")])
    static let parameters: AuthParameters = [
        "kid": "postie/key1", "iss": "postie-tests", "aud": "api-gateway", "privateKey": AuthTestKeys.rfc7515,
        "claims": #"{"scope":"read"}"#,
    ]

    /// The expected token was made with node's `crypto.sign("sha256", …)` over the same header and payload, with
    /// the RFC 7515 key: RS256 by default, `sub` from `iss`, `exp` one hour after `iat`, `jti` from the context.
    @Test func signedRequestCarriesTheGoldenBearerToken() throws {
        let signed = try ASAPAuthorization.sign(Self.request, parameters: Self.parameters, context: Self.context)
        #expect(
            signed.headers["Authorization"]
                == "Bearer "
                + "eyJhbGciOiJSUzI1NiIsImtpZCI6InBvc3RpZS9rZXkxIn0.eyJhdWQiOiJhcGktZ2F0ZXdheSIsImV4cCI6MTcwMDAwMzYwMCwi"
            + "aWF0IjoxNzAwMDAwMDAwLCJpc3MiOiJwb3N0aWUtdGVzdHMiLCJqdGkiOiIwMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAw"
            + "MDAwMDEiLCJzY29wZSI6InJlYWQiLCJzdWIiOiJwb3N0aWUtdGVzdHMifQ.T8-S8yQgTABQdUXY9WdPqXdfu1VBuw_hrheqyiiP2"
            + "u2kuk0VkZDLVxO6wqlz-fjEhBau5ux8Zggz3GjFM-i_XAIWvCju9bUBTh7TT9OMS-6RuCFtxfzBcLumSmCso-IrH4cFuXhhQ0pvd"
            + "HmeMd5LQFRT1Hepr8gejrwaLTC81KPNz_RtyAzvRN88-jUZnNsvZ3V8kX_8XLZ_JNy565-wtGcr34vRU0rkfQTwE35hpGARaj8LC"
            + "Yc9P6klIvov5W3PQtjC9SZiAUAZgMlk74URDgVWi5ysC3h7Ylr-o3Rc_xjFiD6Qcv02zU3_GTlxxyvSrUKp0Ns51oD8aoh6SLE6g"
            + "w")
        #expect(signed.headers.count == 1)
    }

    @Test func claimsWinOverParametersAndExpIsADuration() throws {
        var parameters = Self.parameters
        parameters.values["claims"] = #"{"iss":"from-claims","jti":"fixed","exp":"1700000100xyz"}"#
        parameters.values["sub"] = "someone"
        parameters.values["exp"] = "60"
        let payload = try Self.payload(parameters)
        #expect(payload["iss"] as? String == "from-claims")
        #expect(payload["sub"] as? String == "someone")
        #expect(payload["jti"] as? String == "fixed")
        #expect(payload["exp"] as? Int == 1_700_000_100)
        parameters.values["claims"] = ""
        let defaults = try Self.payload(parameters)
        #expect(defaults["exp"] as? Int == 1_700_000_060)
        #expect(defaults["iat"] as? Int == 1_700_000_000)
        #expect(defaults["jti"] as? String == "00000000-0000-4000-8000-000000000001")
    }

    @Test(arguments: ["PS256", "PS512", "RS512"])
    func otherRSAAlgorithmsVerify(_ algorithm: String) throws {
        var parameters = Self.parameters
        parameters.values["alg"] = algorithm
        let token = try ASAPAuthorization.token(parameters: parameters, context: Self.context)
        let parts = token.split(separator: ".").map(String.init)
        try #require(parts.count == 3)
        #expect(
            String(decoding: try Base64.decode(parts[0], alphabet: .urlSafe, padding: .optional), as: UTF8.self)
                == #"{"alg":"\#(algorithm)","kid":"postie/key1"}"#)
        let scheme: RSASignatureScheme = switch algorithm {
        case "PS256": .pss(.sha256)
        case "PS512": .pss(.sha512)
        default: .pkcs1v15(.sha512)
        }
        let key = try RSAPrivateKey(pem: AuthTestKeys.rfc7515).publicKey
        let signature = try Base64.decode(parts[2], alphabet: .urlSafe, padding: .optional)
        #expect(key.isValidSignature(signature, for: Array((parts[0] + "." + parts[1]).utf8), scheme: scheme))
    }

    /// Atlassian's tools hand out keys as `data:application/pkcs8;kid=…;base64,…`, and postman-runtime strips line
    /// breaks and surrounding quotes from any key; all of them sign to the same golden token.
    @Test(arguments: [
        AuthTestKeys.rfc7515DataURI,
        "\"" + AuthTestKeys.rfc7515 + "\"",
        AuthTestKeys.rfc7515.replacing("\n", with: ""),
    ])
    func keysInEveryAcceptedShapeSignAlike(_ key: String) throws {
        var parameters = Self.parameters
        parameters.values["privateKey"] = key
        #expect(
            try ASAPAuthorization.token(parameters: parameters, context: Self.context)
                == ASAPAuthorization.token(parameters: Self.parameters, context: Self.context))
    }

    static let failures: [([String: String], String)] = [
        (["kid": ""], "asap auth is missing its 'kid' parameter"),
        (["iss": ""], "asap auth is missing its 'iss' parameter"),
        (["aud": ""], "asap auth is missing its 'aud' parameter"),
        (["privateKey": ""], "asap auth is missing its 'privateKey' parameter"),
        (["alg": "HS256"], "unsupported asap algorithm: HS256"),
        (["alg": "ES256"], "unsupported asap algorithm: ES256"),
        (["claims": "[1]"], "asap auth parameter 'claims' has an invalid value '[1]': it is not a JSON object"),
        (
            ["privateKey": AuthTestKeys.short],
            "asap auth parameter 'privateKey' has an invalid value '***': RS256 needs an RSA key of at least 2048 bits, and this one has 1024"
        ),
        (
            ["privateKey": "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----"],
            "asap auth parameter 'privateKey' has an invalid value '***': encrypted private keys are not supported: decrypt it first (openssl pkey -in key.pem -out plain.pem)"
        ),
        (
            ["kid": "other"],
            "asap auth parameter 'privateKey' has an invalid value '***': its data URI names key id 'postie/key1', but the kid parameter is 'other'"
        ),
    ]

    @Test(arguments: failures)
    func unsignableRequestsSayWhy(_ overrides: [String: String], _ message: String) {
        var parameters = Self.parameters
        if overrides["kid"] == "other" { parameters.values["privateKey"] = AuthTestKeys.rfc7515DataURI }
        parameters.values.merge(overrides) { _, new in new }
        do {
            _ = try ASAPAuthorization.sign(Self.request, parameters: parameters, context: Self.context)
            Issue.record("signed instead of failing")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func theSchemeDispatchesAndRedactsTheKey() throws {
        let scheme = try #require(AuthorizationScheme(rawValue: "asap"))
        #expect(scheme.secretValues(in: Self.parameters) == [AuthTestKeys.rfc7515])
        let signed = try scheme.sign(Self.request, parameters: Self.parameters, context: Self.context)
        #expect(signed.headers["Authorization"]?.hasPrefix("Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6InBvc3RpZS9rZXkxIn0.") == true)
    }

    /// The decoded payload of the token for `parameters`.
    static func payload(_ parameters: AuthParameters) throws -> [String: Any] {
        let token = try ASAPAuthorization.token(parameters: parameters, context: context)
        let part = String(token.split(separator: ".")[1])
        let data = Data(try Base64.decode(part, alphabet: .urlSafe, padding: .optional))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}
