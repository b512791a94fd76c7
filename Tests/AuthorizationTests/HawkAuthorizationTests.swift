import Authorization
import Testing
import Transport

@Suite struct HawkAuthorizationTests {
    // The hapijs/hawk README "Protocol Example": id dh37fgj492je, key werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn,
    // sha256, ts 1353832234, nonce j4h3g2, ext some-app-ext-data, http://example.com:8000/resource/1?b=1&a=2.
    static let readme: AuthParameters = [
        "authId": "dh37fgj492je", "authKey": "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn", "algorithm": "sha256",
        "timestamp": "1353832234", "nonce": "j4h3g2", "extraData": "some-app-ext-data",
    ]
    static let url = "http://example.com:8000/resource/1?b=1&a=2"

    static func with(_ parameters: AuthParameters, _ changes: [String: String]) -> AuthParameters {
        var copy = parameters
        copy.values.merge(changes) { _, new in new }
        return copy
    }

    @Test func headerMatchesTheHawkReadmeExample() throws {
        let signed = try HawkAuthorization.sign(request("GET", Self.url).request, parameters: Self.readme, context: .fixed(seconds: 0))
        #expect(signed.headers.values(for: "Authorization") == [
            "Hawk id=\"dh37fgj492je\", ts=\"1353832234\", nonce=\"j4h3g2\", ext=\"some-app-ext-data\", mac=\"6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE=\"",
        ])
    }

    // The README's payload validation example: "Thank you for flying Hawk" as text/plain.
    @Test func payloadHashMatchesTheHawkReadmeExample() throws {
        let signed = try HawkAuthorization.sign(
            request("POST", Self.url, headers: [("Content-Type", "text/plain; charset=utf-8")], body: "Thank you for flying Hawk").request,
            parameters: Self.with(Self.readme, ["includePayloadHash": "true"]), context: .fixed(seconds: 0))
        #expect(signed.headers["Authorization"]
            == "Hawk id=\"dh37fgj492je\", ts=\"1353832234\", nonce=\"j4h3g2\", hash=\"Yi9LfIIFRtBEPt74PVmbTF/xVAwPn7ub15ePICfgnuY=\", ext=\"some-app-ext-data\", mac=\"aSe1DERmZuRl3pI36/9BdZmnErTw3sNzOOAUlfeKjVw=\"")
    }

    // No published example covers app/dlg or sha1; these MACs were computed with Python's hmac module over the
    // normalized string the Hawk spec defines.
    @Test func appAndDelegationAreSignedAndSent() throws {
        let signed = try HawkAuthorization.sign(
            request("GET", Self.url).request, parameters: Self.with(Self.readme, ["app": "my-app", "delegation": "my-dlg"]),
            context: .fixed(seconds: 0))
        #expect(signed.headers["Authorization"]
            == "Hawk id=\"dh37fgj492je\", ts=\"1353832234\", nonce=\"j4h3g2\", ext=\"some-app-ext-data\", mac=\"imCuweCaxAT1gR3oF3pLPtcNpNgNByz8tbMtaysk5iY=\", app=\"my-app\", dlg=\"my-dlg\"")
    }

    @Test func sha1WithoutExtAndWithGeneratedNonceAndTimestamp() throws {
        let signed = try HawkAuthorization.sign(
            request("GET", Self.url).request,
            parameters: Self.with(Self.readme, ["algorithm": "sha1", "extraData": "", "nonce": "", "timestamp": ""]),
            context: .fixed(seconds: 1353832234.5, filler: "q"))
        let header = signed.headers["Authorization"] ?? ""
        #expect(header.hasPrefix("Hawk id=\"dh37fgj492je\", ts=\"1353832234\", nonce=\"qqqqqq\", mac=\""))
    }

    @Test func sha1MacMatchesAnIndependentComputation() throws {
        let signed = try HawkAuthorization.sign(
            request("GET", Self.url).request, parameters: Self.with(Self.readme, ["algorithm": "sha1", "extraData": ""]),
            context: .fixed(seconds: 0))
        #expect(signed.headers["Authorization"] == "Hawk id=\"dh37fgj492je\", ts=\"1353832234\", nonce=\"j4h3g2\", mac=\"ic6931LDf4AXFTV+ikHjEoHh5AM=\"")
    }

    static let errors: [(changes: [String: String], message: String)] = [
        (["authKey": ""], "hawk auth is missing its 'authKey' parameter"),
        (["authId": ""], "hawk auth is missing its 'authId' parameter"),
        (["algorithm": "sha512"], "unsupported hawk algorithm: sha512"),
    ]

    @Test(arguments: errors)
    func unsignableParametersAreErrors(changes: [String: String], message: String) {
        #expect {
            try HawkAuthorization.sign(request("GET", Self.url).request, parameters: Self.with(Self.readme, changes), context: .fixed(seconds: 0))
        } throws: { error in
            (error as? AuthorizationError)?.description == message
        }
    }
}
