import Authorization
import Foundation
import Testing
import Transport

@Suite struct OAuth1AuthorizationTests {
    // RFC 5849 §1.2 (photos.example.net): client, token and their secrets, GET with two query parameters.
    static let photos: AuthParameters = [
        "consumerKey": "dpf43f3p2l4k3l03", "consumerSecret": "kd94hf93k423kf44",
        "token": "nnch734d00sl2jdk", "tokenSecret": "pfkkdhi9sl3r4s00",
        "signatureMethod": "HMAC-SHA1", "timestamp": "137131202", "nonce": "chapoH",
    ]
    static let photosURL = "http://photos.example.net/photos?file=vacation.jpg&size=original"

    static func with(_ parameters: AuthParameters, _ changes: [String: String]) -> AuthParameters {
        var copy = parameters
        copy.values.merge(changes) { _, new in new }
        return copy
    }

    // RFC 5849 §3.4.1.1: the request of §3.4.1 and the signature base string printed there (line breaks removed).
    @Test func baseStringMatchesRFC5849() throws {
        let request = request(
            "POST", "http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b",
            headers: [("Content-Type", "application/x-www-form-urlencoded")], body: "c2&a3=2+q").request
        let parameters: AuthParameters = [
            "consumerKey": "9djdj82h48djs9d2", "consumerSecret": "unused", "token": "kkk9d7dh3k39sjv7",
            "signatureMethod": "HMAC-SHA1", "timestamp": "137131201", "nonce": "7d8f3e4a",
        ]
        let baseString = try OAuth1Authorization.signatureBaseString(for: request, parameters: parameters, context: .fixed(seconds: 0))
        #expect(baseString == "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7")
    }

    // RFC 5849 §1.2: the Authorization header, realm "Photos", signature MdpQcU8iPSUjWoN/UDMsK2sui9I=.
    @Test func headerMatchesRFC5849Example() throws {
        let signed = try OAuth1Authorization.sign(
            request("GET", Self.photosURL, headers: [("Authorization", "stale")]).request,
            parameters: Self.with(Self.photos, ["addParamsToHeader": "true", "realm": "Photos"]), context: .fixed(seconds: 0))
        #expect(signed.headers.values(for: "Authorization") == [
            "OAuth realm=\"Photos\",oauth_consumer_key=\"dpf43f3p2l4k3l03\",oauth_token=\"nnch734d00sl2jdk\","
                + "oauth_signature_method=\"HMAC-SHA1\",oauth_timestamp=\"137131202\",oauth_nonce=\"chapoH\","
                + "oauth_signature=\"MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D\"",
        ])
        #expect(signed.url.absoluteString == Self.photosURL)
    }

    // OAuth Core 1.0a Appendix A.5 (same credentials, version 1.0): signature tR3+Ty81lMeYAr/Fid0kMTYa/WM=.
    // The SHA-256 and SHA-512 rows have no published example; they were computed with Python's hmac module.
    static let querySignatures: [(method: String, signature: String)] = [
        ("HMAC-SHA1", "tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D"),
        ("HMAC-SHA256", "WVPzl1j6ZsnkIjWr7e3OZ3jkenL57KwaLFhYsroX1hg%3D"),
        ("HMAC-SHA512", "nQYVqZl8EkEH4fThSn%2B25i1gc68aX%2BFHTHSAXrxIl2ixdAofXM%2Fpq2x90UaOFIZQxvkzE5VRZpPbjo6i%2Bfe6rg%3D%3D"),
        ("PLAINTEXT", "kd94hf93k423kf44%26pfkkdhi9sl3r4s00"),
    ]

    @Test(arguments: querySignatures)
    func queryModeAppendsTheSignedParameters(method: String, signature: String) throws {
        let parameters = Self.with(Self.photos, [
            "signatureMethod": method, "timestamp": "1191242096", "nonce": "kllo9940pd9333jh", "version": "1.0",
        ])
        let signed = try OAuth1Authorization.sign(request("GET", Self.photosURL).request, parameters: parameters, context: .fixed(seconds: 0))
        #expect(signed.url.absoluteString == Self.photosURL
            + "&oauth_consumer_key=dpf43f3p2l4k3l03&oauth_token=nnch734d00sl2jdk&oauth_signature_method=\(method)"
            + "&oauth_timestamp=1191242096&oauth_nonce=kllo9940pd9333jh&oauth_version=1.0&oauth_signature=\(signature)")
    }

    @Test func disableHeaderEncodingSendsValuesAsIs() throws {
        let parameters = Self.with(Self.photos, ["addParamsToHeader": "true", "disableHeaderEncoding": "true", "realm": "My Photos"])
        let signed = try OAuth1Authorization.sign(request("GET", Self.photosURL).request, parameters: parameters, context: .fixed(seconds: 0))
        let header = signed.headers["Authorization"] ?? ""
        #expect(header.hasPrefix("OAuth realm=\"My Photos\",oauth_consumer_key=\"dpf43f3p2l4k3l03\""))
        #expect(header.hasSuffix(",oauth_signature=\"MdpQcU8iPSUjWoN/UDMsK2sui9I=\""))
    }

    @Test func staleOAuthQueryParametersAreReplaced() throws {
        let signed = try OAuth1Authorization.sign(
            request("GET", "http://photos.example.net/photos?oauth_nonce=old&file=vacation.jpg&oauth_signature=old&size=original").request,
            parameters: Self.with(Self.photos, ["addParamsToHeader": "true"]), context: .fixed(seconds: 0))
        #expect(signed.url.absoluteString == Self.photosURL)
        #expect(signed.headers["Authorization"]?.contains("oauth_signature=\"MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D\"") == true)
    }

    @Test func formBodyOfAPostCarriesTheParameters() throws {
        let signed = try OAuth1Authorization.sign(
            request("POST", "http://example.com/form", headers: [("Content-Type", "application/x-www-form-urlencoded")], body: "a=1").request,
            parameters: Self.photos, context: .fixed(seconds: 0))
        let body = signed.body.map { String(decoding: $0, as: UTF8.self) } ?? ""
        #expect(body.hasPrefix("a=1&oauth_consumer_key=dpf43f3p2l4k3l03&oauth_token=nnch734d00sl2jdk&oauth_signature_method=HMAC-SHA1&oauth_timestamp=137131202&oauth_nonce=chapoH&oauth_signature="))
        #expect(signed.url.absoluteString == "http://example.com/form")
    }

    // draft-eaton-oauth-bodyhash-00 §3.2 example: the body "Hello World!" hashes to Lve95gjOVATpfV8EL5X4nxwjKHE=.
    @Test func bodyHashIsSignedForNonFormBodies() throws {
        let parameters = Self.with(Self.photos, ["includeBodyHash": "true", "addParamsToHeader": "true"])
        let baseString = try OAuth1Authorization.signatureBaseString(
            for: request("PUT", "http://example.com/", headers: [("Content-Type", "text/plain")], body: "Hello World!").request,
            parameters: parameters, context: .fixed(seconds: 0))
        #expect(baseString.contains("oauth_body_hash%3DLve95gjOVATpfV8EL5X4nxwjKHE%253D"))
    }

    @Test func emptyParametersAreSignedOnlyWhenAsked() throws {
        let parameters = Self.with(Self.photos, ["token": "", "version": "", "callback": ""])
        let target = request("GET", "http://example.com/").request
        let without = try OAuth1Authorization.signatureBaseString(for: target, parameters: parameters, context: .fixed(seconds: 0))
        let with = try OAuth1Authorization.signatureBaseString(
            for: target, parameters: Self.with(parameters, ["addEmptyParamsToSign": "true"]), context: .fixed(seconds: 0))
        #expect(!without.contains("oauth_token"))
        #expect(with.contains("oauth_token%3D%26") && with.contains("oauth_version%3D"))
        // Extensions stay out when empty either way.
        #expect(!with.contains("oauth_callback"))
    }

    @Test func callbackAndVerifierAreSignedAndSent() throws {
        let parameters = Self.with(Self.photos, ["callback": "http://printer.example.com/ready", "verifier": "hfdp7dh39dks9884", "addParamsToHeader": "true"])
        let signed = try OAuth1Authorization.sign(request("GET", "http://example.com/").request, parameters: parameters, context: .fixed(seconds: 0))
        let header = signed.headers["Authorization"] ?? ""
        #expect(header.contains("oauth_callback=\"http%3A%2F%2Fprinter.example.com%2Fready\",oauth_verifier=\"hfdp7dh39dks9884\",oauth_signature="))
    }

    @Test func missingNonceAndTimestampComeFromTheContext() throws {
        let parameters = Self.with(Self.photos, ["nonce": "", "timestamp": ""])
        let baseString = try OAuth1Authorization.signatureBaseString(
            for: request("GET", "http://example.com/").request, parameters: parameters, context: .fixed(seconds: 1_700_000_000.9, filler: "n"))
        #expect(baseString.contains("oauth_nonce%3Dnnnnnnnnnnn%26"))
        #expect(baseString.contains("oauth_timestamp%3D1700000000%26"))
    }

    static let errors: [(changes: [String: String], message: String)] = [
        (["consumerSecret": ""], "oauth1 auth is missing its 'consumerSecret' parameter"),
        (["consumerKey": ""], "oauth1 auth is missing its 'consumerKey' parameter"),
        (["signatureMethod": "RSA-SHA256"], "unsupported oauth1 algorithm: RSA-SHA256"),
        (["signatureMethod": "HMAC-MD5"], "unsupported oauth1 algorithm: HMAC-MD5"),
    ]

    @Test(arguments: errors)
    func unsignableParametersAreErrors(changes: [String: String], message: String) {
        #expect {
            try OAuth1Authorization.sign(request("GET", "http://example.com/").request, parameters: Self.with(Self.photos, changes), context: .fixed(seconds: 0))
        } throws: { error in
            (error as? AuthorizationError)?.description == message
        }
    }
}
