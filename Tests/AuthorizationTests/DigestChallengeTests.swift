import Authorization
import Testing
import Transport

@Suite struct DigestChallengeTests {
    // The challenge of RFC 7616 §3.9.1, and of RFC 2617 §3.5 (no algorithm, so MD5).
    @Test func rfc7616ChallengeIsParsed() {
        let challenge = DigestChallenge.parse(
            "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=SHA-256, "
                + "nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"")
        #expect(challenge == DigestChallenge(
            realm: "http-auth@example.org", nonce: "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", qopOptions: ["auth", "auth-int"],
            opaque: "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS", algorithm: "SHA-256"))
    }

    @Test func quotedPairsAndUnquotedTokensAreRead() {
        let challenge = DigestChallenge.parse("digest realm=\"a \\\"quoted\\\" realm\",nonce=abc123,qop=auth,stale=TRUE")
        #expect(challenge == DigestChallenge(realm: "a \"quoted\" realm", nonce: "abc123", qopOptions: ["auth"], stale: true))
    }

    static let notDigest = ["Basic realm=\"x\"", "Digest realm=\"no nonce\"", "Digest", "", "Digestrealm=\"x\", nonce=\"y\""]

    @Test(arguments: notDigest)
    func otherSchemesAndNoncelessChallengesAreIgnored(value: String) {
        #expect(DigestChallenge.parse(value) == nil)
    }

    @Test func challengeMatchingTheChosenAlgorithmIsPreferred() {
        let headers: HTTPHeaders = [
            ("WWW-Authenticate", "Digest realm=\"r\", nonce=\"md5-nonce\""),
            ("WWW-Authenticate", "Digest realm=\"r\", nonce=\"sha-nonce\", algorithm=SHA-256"),
        ]
        #expect(DigestChallenge.select(from: headers, preferring: "SHA-256")?.nonce == "sha-nonce")
        #expect(DigestChallenge.select(from: headers, preferring: "MD5")?.nonce == "md5-nonce")
        #expect(DigestChallenge.select(from: headers, preferring: nil)?.nonce == "md5-nonce")
    }
}
