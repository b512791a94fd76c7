import Authorization
import Foundation
import Testing
import Transport

@Suite struct DigestAuthorizationTests {
    // RFC 7616 §3.9.1: user "Mufasa", password "Circle of Life", GET /dir/index.html.
    static let rfc7616: AuthParameters = [
        "username": "Mufasa",
        "password": "Circle of Life",
        "realm": "http-auth@example.org",
        "nonce": "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",
        "clientNonce": "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ",
        "nonceCount": "00000001",
        "qop": "auth",
        "opaque": "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS",
    ]

    static func with(_ parameters: AuthParameters, _ changes: [String: String]) -> AuthParameters {
        var copy = parameters
        copy.values.merge(changes) { _, new in new }
        return copy
    }

    static func response(in header: String) -> String? {
        guard let range = header.range(of: "response=\"") else { return nil }
        return String(header[range.upperBound...].prefix { $0 != "\"" })
    }

    // The MD5 and SHA-256 responses are RFC 7616 §3.9.1's. The -sess, SHA-512-256 and no-qop rows have no RFC
    // example; they were computed independently with Python's hashlib from the same inputs.
    static let responses: [(changes: [String: String], response: String)] = [
        (["algorithm": "MD5"], "8ca523f5e9506fed4657c9700eebdbec"),
        (["algorithm": "SHA-256"], "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"),
        (["algorithm": "MD5-sess"], "e783283f46242139c486a698fec7211d"),
        (["algorithm": "SHA-256-sess"], "2fd51b3a77ad75bad6afad6003e818d767133c46d9e2749e7f5232ae1ea3efd7"),
        (["algorithm": "SHA-512-256"], "430d05014cecc49cab6fbe03176d41a1da86cbfe24a16580e22aaad928d960d0"),
        (["algorithm": "", "qop": ""], "7b2cc3b30e75b4777ea31027084363fd"),
    ]

    @Test(arguments: responses)
    func responseMatchesRFC7616(changes: [String: String], response: String) throws {
        let signed = try DigestAuthorization.sign(
            request("GET", "http://www.example.org/dir/index.html").request,
            parameters: Self.with(Self.rfc7616, changes))
        #expect(Self.response(in: signed.headers["Authorization"] ?? "") == response)
    }

    @Test func headerListsFieldsInPostmansOrder() throws {
        let signed = try DigestAuthorization.sign(
            request("GET", "http://www.example.org/dir/index.html", headers: [("authorization", "Basic old")]).request,
            parameters: Self.with(Self.rfc7616, ["algorithm": "SHA-256"]))
        #expect(signed.headers.values(for: "Authorization") == [
            "Digest username=\"Mufasa\", realm=\"http-auth@example.org\", nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", "
                + "uri=\"/dir/index.html\", algorithm=\"SHA-256\", qop=auth, nc=00000001, "
                + "cnonce=\"f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ\", "
                + "response=\"753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1\", "
                + "opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"",
        ])
    }

    // Expected value computed with Python's hashlib: A2 = method:uri:H(body), and the URI keeps its query.
    @Test func authIntHashesTheBodyAndSignsTheQuery() throws {
        let signed = try DigestAuthorization.sign(
            request("POST", "http://www.example.org/dir/index.html?x=1", body: "{\"a\":1}").request,
            parameters: Self.with(Self.rfc7616, ["algorithm": "SHA-256", "qop": "auth-int"]))
        let header = signed.headers["Authorization"] ?? ""
        #expect(Self.response(in: header) == "68ad11fc89a93a734a96185beb59253e40cb554f292129803aa816f2323923ca")
        #expect(header.contains("uri=\"/dir/index.html?x=1\""))
        #expect(header.contains("qop=auth-int"))
    }

    @Test func requestStaysUnsignedUntilTheChallengeIsKnown() throws {
        let unsigned = request("GET", "http://www.example.org/").request
        let signed = try DigestAuthorization.sign(unsigned, parameters: ["username": "Mufasa", "password": "x"])
        #expect(signed == unsigned)
    }

    static let errors: [(parameters: AuthParameters, message: String)] = [
        (with(rfc7616, ["algorithm": "SHA-1"]), "unsupported digest algorithm: SHA-1"),
        (with(rfc7616, ["username": ""]), "digest auth is missing its 'username' parameter"),
    ]

    @Test(arguments: errors)
    func unsignableParametersAreErrors(parameters: AuthParameters, message: String) {
        #expect {
            try DigestAuthorization.sign(request("GET", "http://www.example.org/").request, parameters: parameters)
        } throws: { error in
            (error as? AuthorizationError)?.description == message
        }
    }

    static let challenge401 = HTTPResponse(status: 401, headers: [
        ("WWW-Authenticate", "Basic realm=\"other\""),
        ("WWW-Authenticate", "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=SHA-256, "
            + "nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\""),
    ])

    @Test func challengeIsStoredAndTheRequestReplayed() {
        let followUp = DigestAuthorization.followUp(
            after: Self.challenge401, parameters: ["username": "Mufasa", "password": "Circle of Life", "algorithm": "SHA-256"],
            context: .fixed(seconds: 0, filler: "c"))
        #expect(followUp == .replay([
            "username": "Mufasa", "password": "Circle of Life", "algorithm": "SHA-256",
            "realm": "http-auth@example.org", "nonce": "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",
            "opaque": "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS", "qop": "auth",
            "clientNonce": "cccccccc", "nonceCount": "00000001",
        ]))
    }

    @Test func challengeAlreadyHeldIsNotReplayedAgain() {
        let followUp = DigestAuthorization.followUp(after: Self.challenge401, parameters: Self.rfc7616, context: .fixed(seconds: 0))
        #expect(followUp == .done(Self.rfc7616))
    }

    @Test func disableRetryRequestKeepsTheResponse() {
        let parameters: AuthParameters = ["username": "Mufasa", "disableRetryRequest": "true"]
        #expect(DigestAuthorization.followUp(after: Self.challenge401, parameters: parameters, context: .fixed(seconds: 0))
            == .done(parameters))
    }

    @Test func successfulResponseAdvancesTheNonceCount() {
        let followUp = DigestAuthorization.followUp(
            after: HTTPResponse(status: 200), parameters: Self.rfc7616, context: .fixed(seconds: 0))
        #expect(followUp == .done(Self.with(Self.rfc7616, ["nonceCount": "00000002"])))
    }

    @Test func nonceCountStartsOverAfterItsEightDigitMaximum() {
        let parameters = Self.with(Self.rfc7616, ["nonceCount": "99999999"])
        let followUp = DigestAuthorization.followUp(after: HTTPResponse(status: 200), parameters: parameters, context: .fixed(seconds: 0))
        #expect(followUp == .done(Self.with(Self.rfc7616, ["nonceCount": "00000001"])))
    }
}
