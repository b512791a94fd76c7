import Authorization
import Testing
import Transport

@Suite struct AWSSignatureV4AuthorizationTests {
    // The AWS Signature Version 4 test suite (aws-sig-v4-test-suite): key AKIDEXAMPLE /
    // wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, region us-east-1, service "service", 20150830T123600Z.
    static let suite: AuthParameters = [
        "accessKey": "AKIDEXAMPLE", "secretKey": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        "region": "us-east-1", "service": "service",
    ]
    static let suiteTime = 1_440_938_160.0

    static func with(_ parameters: AuthParameters, _ changes: [String: String]) -> AuthParameters {
        var copy = parameters
        copy.values.merge(changes) { _, new in new }
        return copy
    }

    static func authorization(_ signature: String, signedHeaders: String = "host;x-amz-date") -> String {
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=\(signedHeaders), Signature=\(signature)"
    }

    // Test-suite cases whose requests Postman signs unchanged (no body, so no X-Amz-Content-Sha256 header).
    static let cases: [(name: String, method: String, url: String, headers: [(String, String)], signature: String, signedHeaders: String)] = [
        ("get-vanilla", "GET", "https://example.amazonaws.com/", [], "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31", "host;x-amz-date"),
        ("get-vanilla-query-order-key-case", "GET", "https://example.amazonaws.com/?Param2=value2&Param1=value1", [],
         "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500", "host;x-amz-date"),
        ("get-vanilla-query-unreserved", "GET",
         "https://example.amazonaws.com/?-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz=-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
         [], "9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197", "host;x-amz-date"),
        ("post-vanilla", "POST", "https://example.amazonaws.com/", [], "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b", "host;x-amz-date"),
        ("normalize-path/get-slashes", "GET", "https://example.amazonaws.com//example//", [],
         "9a624bd73a37c9a373b5312afbebe7a714a789de108f0bdfe846570885f57e84", "host;x-amz-date"),
        ("normalize-path/get-relative-relative", "GET", "https://example.amazonaws.com/example1/example2/../..", [],
         "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31", "host;x-amz-date"),
        ("get-header-value-trim", "GET", "https://example.amazonaws.com/", [("My-Header1", " value1"), ("My-Header2", " \"a   b   c\"")],
         "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736", "host;my-header1;my-header2;x-amz-date"),
    ]

    @Test(arguments: cases)
    func headerSignatureMatchesTheAWSTestSuite(
        vector: (name: String, method: String, url: String, headers: [(String, String)], signature: String, signedHeaders: String)
    ) throws {
        let signed = try AWSSignatureV4Authorization.sign(
            request(vector.method, vector.url, headers: vector.headers).request, parameters: Self.suite, context: .fixed(seconds: Self.suiteTime))
        #expect(signed.headers["Authorization"] == Self.authorization(vector.signature, signedHeaders: vector.signedHeaders), "\(vector.name)")
        #expect(signed.headers["X-Amz-Date"] == "20150830T123600Z")
        #expect(signed.headers["Host"] == "example.amazonaws.com")
    }

    // Test suite post-sts-token/post-sts-header-after: the session token is sent and signed as a header.
    @Test func sessionTokenIsSignedAsAHeader() throws {
        let token = "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA=="
        let signed = try AWSSignatureV4Authorization.sign(
            request("POST", "https://example.amazonaws.com/").request, parameters: Self.with(Self.suite, ["sessionToken": token]),
            context: .fixed(seconds: Self.suiteTime))
        #expect(signed.headers["X-Amz-Security-Token"] == token)
        #expect(signed.headers["Authorization"] == Self.authorization(
            "85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead", signedHeaders: "host;x-amz-date;x-amz-security-token"))
    }

    // Amazon S3 API reference, "Authenticating Requests: Using Query Parameters" example: GET /test.txt from
    // examplebucket, AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, 20130524T000000Z, 86400 s.
    @Test func presignedS3URLMatchesTheAWSExample() throws {
        let parameters: AuthParameters = [
            "accessKey": "AKIAIOSFODNN7EXAMPLE", "secretKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "region": "us-east-1", "service": "s3", "addAuthDataToQuery": "true",
        ]
        let signed = try AWSSignatureV4Authorization.sign(
            request("GET", "https://examplebucket.s3.amazonaws.com/test.txt").request, parameters: parameters,
            context: .fixed(seconds: 1_369_353_600))
        #expect(signed.url.absoluteString == "https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Expires=86400"
            + "&X-Amz-Date=20130524T000000Z&X-Amz-Algorithm=AWS4-HMAC-SHA256"
            + "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-SignedHeaders=host"
            + "&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404")
        #expect(signed.headers["Authorization"] == nil)
    }

    @Test func queryModeCarriesTheSessionTokenFirst() throws {
        let parameters = Self.with(Self.suite, ["addAuthDataToQuery": "true", "sessionToken": "token/with+chars"])
        let signed = try AWSSignatureV4Authorization.sign(
            request("GET", "https://example.amazonaws.com/?a=1").request, parameters: parameters, context: .fixed(seconds: Self.suiteTime))
        let query = signed.url.query ?? ""
        #expect(query.hasPrefix("a=1&X-Amz-Security-Token=token%2Fwith%2Bchars&X-Amz-Date=20150830T123600Z&X-Amz-Algorithm=AWS4-HMAC-SHA256"
            + "&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-SignedHeaders=host&X-Amz-Signature="))
        #expect(signed.headers["X-Amz-Security-Token"] == nil && signed.headers["Authorization"] == nil)
    }

    @Test func bodyHashIsSentAndSigned() throws {
        let signed = try AWSSignatureV4Authorization.sign(
            request("POST", "https://example.amazonaws.com/", headers: [("Content-Type", "application/x-www-form-urlencoded")], body: "Param1=value1").request,
            parameters: Self.suite, context: .fixed(seconds: Self.suiteTime))
        // SHA-256 of "Param1=value1".
        #expect(signed.headers["X-Amz-Content-Sha256"] == "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e")
        #expect(signed.headers["Authorization"]?.contains("SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date,") == true)
    }

    @Test func staleSignatureHeadersAndQueryParametersAreReplaced() throws {
        let signed = try AWSSignatureV4Authorization.sign(
            request("GET", "https://example.amazonaws.com/?X-Amz-Signature=old&Param2=value2&Param1=value1",
                    headers: [("Authorization", "old"), ("X-Amz-Date", "19990101T000000Z")]).request,
            parameters: Self.suite, context: .fixed(seconds: Self.suiteTime))
        #expect(signed.url.absoluteString == "https://example.amazonaws.com/?Param2=value2&Param1=value1")
        #expect(signed.headers.values(for: "Authorization") == [Self.authorization("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500")])
        #expect(signed.headers.values(for: "X-Amz-Date") == ["20150830T123600Z"])
    }

    static let errors: [(changes: [String: String], message: String)] = [
        (["accessKey": ""], "awsv4 auth is missing its 'accessKey' parameter"),
        (["secretKey": ""], "awsv4 auth is missing its 'secretKey' parameter"),
    ]

    @Test(arguments: errors)
    func missingKeysAreErrors(changes: [String: String], message: String) {
        #expect {
            try AWSSignatureV4Authorization.sign(request("GET", "https://example.amazonaws.com/").request, parameters: Self.with(Self.suite, changes), context: .fixed(seconds: 0))
        } throws: { error in
            (error as? AuthorizationError)?.description == message
        }
    }
}
