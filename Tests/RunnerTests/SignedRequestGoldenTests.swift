import Foundation
import TestSupport
import Testing
import Transport

@testable import Runner

/// Every signing auth type's request as it goes on the wire, from a fixed clock and seed, pinned in a golden file.
/// Reports mask these headers, so the golden is taken from what the transport received.
@Suite struct SignedRequestGoldenTests {
    static let auths: [(String, String)] = [
        ("basic", #"[{"key": "username", "value": "Aladdin"}, {"key": "password", "value": "open sesame"}]"#),
        ("bearer", #"[{"key": "token", "value": "mF_9.B5f-4.1JqM"}]"#),
        ("apikey", #"[{"key": "key", "value": "X-API-Key"}, {"key": "value", "value": "k-123"}]"#),
        ("oauth2", #"[{"key": "accessToken", "value": "at-123"}, {"key": "addTokenTo", "value": "queryParams"}]"#),
        (
            "digest",
            #"[{"key": "username", "value": "Mufasa"}, {"key": "password", "value": "Circle of Life"}, {"key": "realm", "value": "http-auth@example.org"}, {"key": "nonce", "value": "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v"}, {"key": "qop", "value": "auth"}, {"key": "algorithm", "value": "SHA-256"}, {"key": "opaque", "value": "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"}]"#
        ),
        (
            "oauth1",
            #"[{"key": "consumerKey", "value": "dpf43f3p2l4k3l03"}, {"key": "consumerSecret", "value": "kd94hf93k423kf44"}, {"key": "token", "value": "nnch734d00sl2jdk"}, {"key": "tokenSecret", "value": "pfkkdhi9sl3r4s00"}, {"key": "signatureMethod", "value": "HMAC-SHA1"}, {"key": "addParamsToHeader", "value": true}]"#
        ),
        (
            "hawk",
            #"[{"key": "authId", "value": "dh37fgj492je"}, {"key": "authKey", "value": "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn"}, {"key": "algorithm", "value": "sha256"}, {"key": "ext", "value": "some-app-ext-data"}]"#
        ),
        (
            "awsv4",
            #"[{"key": "accessKey", "value": "AKIDEXAMPLE"}, {"key": "secretKey", "value": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"}, {"key": "region", "value": "us-east-1"}, {"key": "service", "value": "service"}]"#
        ),
        (
            "edgegrid",
            #"[{"key": "accessToken", "value": "akab-access-token-xxx-xxxxxxxxxxxxxxxx"}, {"key": "clientToken", "value": "akab-client-token-xxx-xxxxxxxxxxxxxxxx"}, {"key": "clientSecret", "value": "SOMESECRET"}]"#
        ),
        ("jwt", #"[{"key": "algorithm", "value": "HS256"}, {"key": "secret", "value": "s3"}, {"key": "payload", "value": "{\"sub\":\"postie\"}"}]"#),
    ]

    @Test func signedRequestsMatchTheirGolden() throws {
        let items = Self.auths.map { type, parameters in
            RunnerFixture.request(
                type, #"{"method": "POST", "url": "http://api.test/\#(type)?q=1", "body": {"mode": "raw", "raw": "{\"a\":1}", "options": {"raw": {"language": "json"}}}, "auth": {"type": "\#(type)", "\#(type)": \#(parameters)}}"#)
        }.joined(separator: ",")
        let transport = StubTransport(status: 200)
        let (result, _) = try RunnerFixture.run(try RunnerFixture.collection(items: items), transport: transport)
        #expect(result.isSuccess, "\(result.executions.flatMap(\.errors))")
        let text = transport.requests.map { request in
            var lines = ["\(request.method) \(request.url.absoluteString)"]
            for field in request.headers where !["Postman-Token", "User-Agent"].contains(field.name) {
                lines.append("\(field.name): \(field.value)")
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
        assertSnapshot(text + "\n", named: "signed-requests.txt")
    }
}
