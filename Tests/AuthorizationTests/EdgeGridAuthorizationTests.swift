import Authorization
import Testing
import Transport

@Suite struct EdgeGridAuthorizationTests {
    // Akamai's shared EdgeGrid test data (akamai/AkamaiOPEN-edgegrid-golang testdata/testdata.json and its test:
    // client secret "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=", headers to sign X-Test1, X-Test2, X-Test3,
    // max body 2048, timestamp 20140321T19:34:21+0000, nonce nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).
    static let credentials: AuthParameters = [
        "accessToken": "akab-access-token-xxx-xxxxxxxxxxxxxxxx", "clientToken": "akab-client-token-xxx-xxxxxxxxxxxxxxxx",
        "clientSecret": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=", "headersToSign": "X-Test1, X-Test2, X-Test3",
        "maxBodySize": "2048", "timestamp": "20140321T19:34:21+0000", "nonce": "nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
    ]
    static let base = "https://akaa-baseurl-xxxxxxxxxxx-xxxxxxxxxxxxx.luna.akamaiapis.net"
    static let prefix = "EG1-HMAC-SHA256 client_token=akab-client-token-xxx-xxxxxxxxxxxxxxxx;access_token=akab-access-token-xxx-xxxxxxxxxxxxxxxx;timestamp=20140321T19:34:21+0000;nonce=nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx;signature="

    // "POST too large" has a body longer than max_body; any such body of 'd's signs like the first 2048 bytes.
    static let cases: [(name: String, method: String, path: String, headers: [(String, String)], body: String?, signature: String)] = [
        ("simple GET", "GET", "/", [], nil, "tL+y4hxyHxgWVD30X3pWnGKHcPzmrIF+LThiAOhMxYU="),
        ("GET with querystring", "GET", "/testapi/v1/t1?p1=1&p2=2", [], nil, "hKDH1UlnQySSHjvIcZpDMbQHihTQ0XyVAKZaApabdeA="),
        ("POST inside limit", "POST", "/testapi/v1/t3", [], "datadatadatadatadatadatadatadata", "hXm4iCxtpN22m4cbZb4lVLW5rhX8Ca82vCFqXzSTPe4="),
        ("POST too large", "POST", "/testapi/v1/t3", [], String(repeating: "d", count: 3000), "6Q6PiTipLae6n4GsSIDTCJ54bEbHUBp+4MUXrbQCBoY="),
        ("POST length equals max_body", "POST", "/testapi/v1/t3", [], String(repeating: "d", count: 2048), "6Q6PiTipLae6n4GsSIDTCJ54bEbHUBp+4MUXrbQCBoY="),
        ("POST empty body", "POST", "/testapi/v1/t6", [], "", "1gEDxeQGD5GovIkJJGcBaKnZ+VaPtrc4qBUHixjsPCQ="),
        ("Simple header signing with GET", "GET", "/testapi/v1/t4", [("X-Test1", "test-simple-header")], nil, "8F9AybcRw+PLxnvT+H0JRkjROrrUgsxJTnRXMzqvcwY="),
        ("Header containing spaces", "GET", "/testapi/v1/t4", [("X-Test1", "\"     test-header-with-spaces     \"")], nil, "ucq2AbjCNtobHfCTuS38fdkl5UDdWHZhQX46fYR8CqI="),
        ("Header with leading and interior spaces", "GET", "/testapi/v1/t4", [("X-Test1", "     first-thing      second-thing")], nil, "WtnneL539UadAAOJwnsXvPqT4Kt6z7HMgBEwAFpt3+c="),
        ("Headers out of order", "GET", "/testapi/v1/t4", [("X-Test2", "t2"), ("X-Test1", "t1"), ("X-Test3", "t3")], nil, "Wus73Nx8jOYM+kkBFF2q8D1EATRIMr0WLWwpLBgkBqY="),
        ("Extra header", "GET", "/testapi/v1/t5", [("X-Test2", "t2"), ("X-Test1", "t1"), ("X-Test3", "t3"), ("X-Extra", "this won't be included")], nil, "Knd/jc0A5Ghhizjayr0AUUvl2MZjBpS3FDSzvtq4Ixc="),
        ("PUT test", "PUT", "/testapi/v1/t6", [], "PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP", "GNBWEYSEWOLtu+7dD52da2C39aX/Jchpon3K/AmBqBU="),
    ]

    @Test(arguments: cases)
    func signatureMatchesAkamaiTestData(
        vector: (name: String, method: String, path: String, headers: [(String, String)], body: String?, signature: String)
    ) throws {
        let signed = try EdgeGridAuthorization.sign(
            request(vector.method, Self.base + vector.path, headers: vector.headers, body: vector.body).request,
            parameters: Self.credentials, context: .fixed(seconds: 0))
        #expect(signed.headers.values(for: "Authorization") == [Self.prefix + vector.signature], "\(vector.name)")
    }

    @Test func baseURLHostReplacesTheRequestHost() throws {
        var parameters = Self.credentials
        parameters.values["baseURL"] = Self.base + "/"
        let signed = try EdgeGridAuthorization.sign(
            request("GET", "https://other.example.com/").request, parameters: parameters, context: .fixed(seconds: 0))
        #expect(signed.headers["Authorization"] == Self.prefix + "tL+y4hxyHxgWVD30X3pWnGKHcPzmrIF+LThiAOhMxYU=")
    }

    @Test func nonceAndTimestampComeFromTheContextWhenAbsent() throws {
        var parameters = Self.credentials
        parameters.values["nonce"] = ""
        parameters.values["timestamp"] = ""
        let signed = try EdgeGridAuthorization.sign(
            request("GET", Self.base + "/").request, parameters: parameters,
            context: .fixed(seconds: 1_395_430_461, uuid: "a3c8f8d0-0000-4000-8000-000000000001"))
        #expect(signed.headers["Authorization"]?.contains(";timestamp=20140321T19:34:21+0000;nonce=a3c8f8d0-0000-4000-8000-000000000001;signature=") == true)
    }

    static let errors: [(name: String, value: String, message: String)] = [
        ("clientSecret", "", "edgegrid auth is missing its 'clientSecret' parameter"),
        ("accessToken", "", "edgegrid auth is missing its 'accessToken' parameter"),
        ("maxBodySize", "lots", "edgegrid auth parameter 'maxBodySize' has an invalid value 'lots': expected a number of bytes"),
    ]

    @Test(arguments: errors)
    func unsignableParametersAreErrors(name: String, value: String, message: String) {
        var parameters = Self.credentials
        parameters.values[name] = value
        #expect {
            try EdgeGridAuthorization.sign(request("GET", Self.base + "/").request, parameters: parameters, context: .fixed(seconds: 0))
        } throws: { error in
            (error as? AuthorizationError)?.description == message
        }
    }
}
