import Crypto
import Testing

@Suite struct PBKDF2Tests {
    // RFC 6070 §2 (PBKDF2-HMAC-SHA1). The c = 16777216 case is left out: it takes minutes in a debug build.
    static let rfc6070: [(password: String, salt: String, iterations: Int, length: Int, key: String)] = [
        ("password", "salt", 1, 20, "0c60c80f961f0e71f3a9b524af6012062fe037a6"),
        ("password", "salt", 2, 20, "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957"),
        ("password", "salt", 4096, 20, "4b007901b765489abead49d926f721d065a429c1"),
        ("passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25, "3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038"),
        ("pass\0word", "sa\0lt", 4096, 16, "56fa6aa75548099dcc37d7f03425e0c3"),
    ]

    @Test(arguments: rfc6070)
    func pbkdf2HMACSHA1MatchesRFC6070(vector: (password: String, salt: String, iterations: Int, length: Int, key: String)) throws {
        let key = try PBKDF2.deriveKey(SHA1.self, password: Array(vector.password.utf8), salt: Array(vector.salt.utf8),
                                       iterations: vector.iterations, keyByteCount: vector.length)
        #expect(Hex.encode(key) == vector.key)
    }

    // RFC 7914 §11 (scrypt), first PBKDF2-HMAC-SHA256 vector: P = "passwd", S = "salt", c = 1, dkLen = 64.
    @Test func pbkdf2HMACSHA256MatchesRFC7914() throws {
        let key = try PBKDF2.deriveKey(.sha256, password: Array("passwd".utf8), salt: Array("salt".utf8),
                                       iterations: 1, keyByteCount: 64)
        #expect(Hex.encode(key) == "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783")
    }

    // No RFC publishes a PBKDF2-HMAC-SHA512 vector; this one was cross-checked with Python's hashlib.pbkdf2_hmac.
    @Test func pbkdf2HMACSHA512MatchesAnIndependentImplementation() throws {
        let key = try PBKDF2.deriveKey(SHA512.self, password: Array("password".utf8), salt: Array("salt".utf8),
                                       iterations: 2, keyByteCount: 70)
        #expect(Hex.encode(key) == "e1d9c16aa681708a45f5c7c4e215ceb66e011a2e9f0040713f18aefdb866d53cf76cab2868a39b9f7840edce4fef5a82be67335c77a6068e04112754f27ccf4e473e311ad827")
    }

    static let invalidParameters: [(iterations: Int, length: Int, message: String)] = [
        (0, 20, "iteration count must be at least 1, not 0"),
        (-5, 20, "iteration count must be at least 1, not -5"),
        (1, 0, "derived key length 0 is out of range"),
        (1, -1, "derived key length -1 is out of range"),
    ]

    @Test(arguments: invalidParameters)
    func invalidParametersAreRejectedWithAClearMessage(vector: (iterations: Int, length: Int, message: String)) {
        #expect {
            try PBKDF2.deriveKey(SHA1.self, password: [1], salt: [2], iterations: vector.iterations, keyByteCount: vector.length)
        } throws: { error in
            (error as? CryptoError)?.description == vector.message
        }
    }
}
