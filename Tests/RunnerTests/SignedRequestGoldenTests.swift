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
        (
            "asap",
            #"[{"key": "kid", "value": "postie/key1"}, {"key": "iss", "value": "postie"}, {"key": "aud", "value": "api"}, {"key": "privateKey", "value": "\#(rfc7515Key)"}]"#
        ),
    ]

    /// RFC 7515 Appendix A.2's RSA key as PKCS#8 PEM without line breaks (asap removes them anyway).
    static let rfc7515Key =
        "-----BEGIN PRIVATE KEY-----MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCh+BYK4uPJtGXOjS1lYmM2K"
        + "5J9vinh8CR3/BYlzJChNuOL2TSXxbbqY913EeZ8dCn5VrD7io8ImtxLaYk8wTM/U+3QGbh3hCUv7JFP5IV3aVlL6kKA0ywPVb9il"
        + "E8TA5a8bpvfbr3SvaNnjuygxmj3AbONv/s4yDQs4v5tJ/reSlpIdJed1LnPmt7Ex1sFhSwsD174pcF1A5L5ROjtZMEQxrZHYJqke"
        + "DrrnGya11UxMFBji4NmXG9veoKjlnAqH2QbgtPr8jkiGUkftoaHLFcW9Qr4NY2ai50Xw0Byj3+H2JoY2PyrZ62EWQwuz3WTOTY8B"
        + "wNNb2BvniHgVFbK5emhAgMBAAECggEAEq5xpGnNCivDflJsRQBXHx1hdR1k6Ulwe2JZD50LpXyWPEAeP88vLNO97IjlA7/GQ5sLK"
        + "MgvfTeXZx9SE+7YwVol2NXOoAJe46sui395IW/GO+pWJ1O0BkTGoVEn2bKVRUCgu+GjBVaYLU6f3l9kJfFNS3E0QbVdxzubSu3Mk"
        + "qzjkn439X0M/V51gfpRLI9JYanrC4D4qAdGcopV/0ZHHzQlBjudU2QvXt4ehNYTCBr6XCLQUShb1juUO1ZdiYoFaFQT5Tw8bGUl/"
        + "x/jTj3ccPDVZFD9pIuhLhBOneufuBiB4cS98l2SR/RQyGWSeWjnczT0QU91p1DhOVRuOopznQKBgQDgHMQQ60imZV1URk0KpLtto"
        + "Lhyt3SmqdEf/kgHePDdtzEafpAu+cS191R2JiuoF2yzWXnwFDcqGigp5BNr0AHQfD8/Lk8l1Mk09jxxCfui5nYooNyac8YFjm3vI"
        + "tzVCVDnEd3BbVWG8qf6deqElMGAg+C2V0L4oNXnP7LZcPAZRwKBgQC5A8R+CZW2MvRTLLHzwZkUXV866cff7tx6kqa0finGG0Kge"
        + "qlaZPxgCZnFp7AeAcCMtiynVlJ7vMVgePsLq6XtON4tB5kP9jAPrq3rbAOal78eUH5OcED6eNuCV8ixEu1eWcPNCS/l1OW1EnXUE"
        + "oEHKl54Xrrz2uNwkgMTP1FZ1wKBgAcCn1dwJKufzBWQxWQp1vsM5fggqPN1qGb5y0MAk3g7/Ls5bkUp5u9SN0Ai3Ya6hNnvWJMb7"
        + "sXQX6U/zyO2M/hTip7tUeh7CXgwo59dkpN75gJLVds29+DAncu3KXU4f2Fa+7bLNrur53k8KwPOq2bbuTG69QtV7Jr5MR0AHWKNA"
        + "oGBAIf/evpitUf+4JYbLpvNXWcY052Mpz22aR84mY3nh3F2LF2mjMJDpTg7FmuyPcVw6EcGyoAe9fa65iNqCq+jdw6PVNGo2hxfj"
        + "SiZ8IIzHdsPXI89//pMjZcQK9r+CCoRjaZjOYiIDktVWZzmevJuv6WywUqd57LE3Zar3dLSIkx1AoGAIYd7DHOhrWvxkwPQsRM2t"
        + "OgrjbcrfvtQJipd+DlcxyVuuM9sQLdgjVk2oy26F0EmpScGLq2MowX7fhd/QJQ3ydy5cY7YIBi87w93IKLEdfnbJtoOPLUW0ITrJ"
        + "ReOgo1cq9SbsxYawBgfp/gh6A5603k2+ZQwVK0JKSHuLFkuQ3U=-----END PRIVATE KEY-----"

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
