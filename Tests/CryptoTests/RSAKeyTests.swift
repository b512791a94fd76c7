import Crypto
import Testing

/// Reading RSA keys from PEM and DER (PKCS#1, PKCS#8, SubjectPublicKeyInfo; RFC 8017 §A.1, RFC 5208, RFC 5280),
/// and the errors for keys that can't be used.
@Suite struct RSAKeyTests {
    @Test func pkcs1AndPKCS8HoldTheSameKey() throws {
        let pkcs1 = try RSAPrivateKey(pem: RSATestKeys.pkcs1_2048)
        let pkcs8 = try RSAPrivateKey(pem: RSATestKeys.pkcs8_2048)
        #expect(pkcs1.publicKey == pkcs8.publicKey)
        #expect(pkcs1.privateExponent == pkcs8.privateExponent)
        #expect(pkcs1.crt == pkcs8.crt)
        #expect(pkcs1.bitWidth == 2048)
        #expect(pkcs1.publicKey.publicExponent == BigUInt(65537))
    }

    @Test func publicKeysInBothFormatsMatchThePrivateKey() throws {
        let privateKey = try RSAPrivateKey(pem: RSATestKeys.pkcs8_2048)
        #expect(try RSAPublicKey(pem: RSATestKeys.spki_2048) == privateKey.publicKey)
        #expect(try RSAPublicKey(pem: RSATestKeys.pkcs1Public_2048) == privateKey.publicKey)
    }

    @Test func derIsReadInEitherPrivateKeyFormat() throws {
        let pkcs1 = try PEMDocument.first(in: RSATestKeys.pkcs1_2048, labels: ["RSA PRIVATE KEY"], expected: "a key")
        let pkcs8 = try PEMDocument.first(in: RSATestKeys.pkcs8_2048, labels: ["PRIVATE KEY"], expected: "a key")
        #expect(try RSAPrivateKey(der: pkcs1.der).publicKey == RSAPrivateKey(der: pkcs8.der).publicKey)
    }

    /// Keys reach Postman through text fields and variables: asap strips line breaks, JSON-escaped keys carry a
    /// literal `\n`, Windows files have CRLF, and pasted keys often bring surrounding text.
    @Test(arguments: [
        RSATestKeys.pkcs8_2048.replacing("\n", with: ""),
        RSATestKeys.pkcs8_2048.replacing("\n", with: "\\n"),
        RSATestKeys.pkcs8_2048.replacing("\n", with: "\r\n"),
        "  key follows:\n" + RSATestKeys.pkcs8_2048 + "\n\n",
    ])
    func pemLayoutVariationsAreRead(_ pem: String) throws {
        #expect(try RSAPrivateKey(pem: pem).publicKey == RSAPrivateKey(pem: RSATestKeys.pkcs8_2048).publicKey)
    }

    static let certificate = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"

    static let privateKeyErrors: [(String, String, String)] = [
        ("empty", "", "the key is not in PEM format: expected a line such as '-----BEGIN PRIVATE KEY-----'"),
        ("raw text", "my-secret", "the key is not in PEM format: expected a line such as '-----BEGIN PRIVATE KEY-----'"),
        (
            "no END line", String(RSATestKeys.pkcs8_2048.prefix(200)),
            "the PEM key has no '-----END PRIVATE KEY-----' line: paste the whole key, including its last line"
        ),
        (
            "certificate", certificate,
            "expected a private key ('BEGIN PRIVATE KEY' or 'BEGIN RSA PRIVATE KEY'), but the PEM block is a 'CERTIFICATE'"
        ),
        (
            "public key", RSATestKeys.spki_2048,
            "expected a private key ('BEGIN PRIVATE KEY' or 'BEGIN RSA PRIVATE KEY'), but the PEM block is a 'PUBLIC KEY'"
        ),
        (
            "encrypted PKCS#8", RSATestKeys.encryptedPKCS8,
            "encrypted private keys are not supported: decrypt it first (openssl pkey -in key.pem -out plain.pem)"
        ),
        (
            "encrypted PKCS#1", RSATestKeys.encryptedPKCS1,
            "encrypted private keys are not supported: decrypt it first (openssl pkey -in key.pem -out plain.pem)"
        ),
        ("EC PKCS#8", RSATestKeys.ecPKCS8, "the key is an EC key, not an RSA key: use an RSA private key"),
        ("EC SEC1", RSATestKeys.ecSEC1, "the key is an EC key, not an RSA key: use an RSA private key"),
        (
            "bad base64", "-----BEGIN PRIVATE KEY-----\nMII*\n-----END PRIVATE KEY-----",
            "the PEM key's body is not valid base64: invalid base64 character '*' at offset 4"
        ),
        (
            "truncated body", "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----",
            "the key's DER encoding is malformed at byte 0: an element claims 1214 bytes but only 20 remain"
        ),
        (
            "wrong structure", "-----BEGIN RSA PRIVATE KEY-----\nAgEB\n-----END RSA PRIVATE KEY-----",
            "the key's DER encoding is malformed at byte 0: expected the RSAPrivateKey SEQUENCE, found tag 0x2"
        ),
    ]

    @Test(arguments: privateKeyErrors)
    func unusablePrivateKeysSayWhatIsWrong(_ name: String, _ pem: String, _ message: String) {
        do {
            _ = try RSAPrivateKey(pem: pem)
            Issue.record("\(name): read a key instead of failing")
        } catch {
            #expect(error.description == message, "\(name)")
        }
    }

    @Test func inconsistentNumbersAreRejected() throws {
        let key = try RSAPrivateKey(pem: RSATestKeys.pkcs8_2048)
        let crt = try #require(key.crt)
        #expect(throws: RSAKeyError.invalidKey("its primes p and q don't multiply to its modulus")) {
            try RSAPrivateKey(
                modulus: key.modulus, publicExponent: BigUInt(65537), privateExponent: key.privateExponent,
                crt: RSAPrivateKey.CRTValues(p: crt.p, q: crt.p, dp: crt.dp, dq: crt.dq, qinv: crt.qinv))
        }
        #expect(throws: RSAKeyError.invalidKey("the modulus is even")) {
            try RSAPublicKey(modulus: key.modulus + BigUInt(1), publicExponent: BigUInt(3))
        }
        #expect(throws: RSAKeyError.invalidKey("the public exponent 0x10000 is not an odd number between 3 and the modulus")) {
            try RSAPublicKey(modulus: key.modulus, publicExponent: BigUInt(65536))
        }
    }

    @Test func publicKeyErrors() {
        let ecPublicKey = """
            -----BEGIN PUBLIC KEY-----
            MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEnom+Ykw7zs65eFRfZcHHxl1Zot6U
            KJ/m4jKHS4+w1tEgmrtvYGAbRwVK0mpaOt0FFlc2q0Tke9ZQLXkLc/6tAA==
            -----END PUBLIC KEY-----
            """
        #expect(throws: RSAKeyError.notRSA(algorithm: "an EC")) { try RSAPublicKey(pem: ecPublicKey) }
        #expect(throws: RSAKeyError.unexpectedPEMLabel(
            found: "RSA PRIVATE KEY", expected: "a public key ('BEGIN PUBLIC KEY' or 'BEGIN RSA PUBLIC KEY')")) {
            try RSAPublicKey(pem: RSATestKeys.pkcs1_2048)
        }
    }
}
