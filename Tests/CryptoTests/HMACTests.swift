import Crypto
import Testing

/// One HMAC test case: key and data as hex, the expected MAC as hex (possibly truncated, as RFC 4231 case 5 is).
struct HMACVector: Sendable, CustomTestStringConvertible {
    let name: String
    let key: String
    let data: String
    let mac: String

    var testDescription: String { name }
}

@Suite struct HMACTests {
    static let hiThere = Hex.encode(Array("Hi There".utf8))
    static let jefe = Hex.encode(Array("Jefe".utf8))
    static let whatDoYaWant = Hex.encode(Array("what do ya want for nothing?".utf8))
    static let truncation = Hex.encode(Array("Test With Truncation".utf8))
    static let largerKey = Hex.encode(Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8))
    static let largerKeyAndData = Hex.encode(Array("Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data".utf8))
    static let rfc4231Case7 = Hex.encode(Array(
        "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.".utf8))
    static let key0102To19 = "0102030405060708090a0b0c0d0e0f10111213141516171819"

    static func repeated(_ byte: String, _ count: Int) -> String { String(repeating: byte, count: count) }

    // RFC 2202 §2 ("Test Cases for HMAC-MD5").
    static let rfc2202MD5: [HMACVector] = [
        HMACVector(name: "1", key: repeated("0b", 16), data: hiThere, mac: "9294727a3638bb1c13f48ef8158bfc9d"),
        HMACVector(name: "2", key: jefe, data: whatDoYaWant, mac: "750c783e6ab0b503eaa86e310a5db738"),
        HMACVector(name: "3", key: repeated("aa", 16), data: repeated("dd", 50), mac: "56be34521d144c88dbb8c733f0e8b3f6"),
        HMACVector(name: "4", key: key0102To19, data: repeated("cd", 50), mac: "697eaf0aca3a3aea3a75164746ffaa79"),
        HMACVector(name: "5", key: repeated("0c", 16), data: truncation, mac: "56461ef2342edc00f9bab995690efd4c"),
        HMACVector(name: "6", key: repeated("aa", 80), data: largerKey, mac: "6b1ab7fe4bd7bf8f0b62e6ce61b9d0cd"),
        HMACVector(name: "7", key: repeated("aa", 80), data: largerKeyAndData, mac: "6f630fad67cda0ee1fb1f562db3aa53e"),
    ]

    // RFC 2202 §3 ("Test Cases for HMAC-SHA-1").
    static let rfc2202SHA1: [HMACVector] = [
        HMACVector(name: "1", key: repeated("0b", 20), data: hiThere, mac: "b617318655057264e28bc0b6fb378c8ef146be00"),
        HMACVector(name: "2", key: jefe, data: whatDoYaWant, mac: "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"),
        HMACVector(name: "3", key: repeated("aa", 20), data: repeated("dd", 50), mac: "125d7342b9ac11cd91a39af48aa17b4f63f175d3"),
        HMACVector(name: "4", key: key0102To19, data: repeated("cd", 50), mac: "4c9007f4026250c6bc8414f9bf50c86c2d7235da"),
        HMACVector(name: "5", key: repeated("0c", 20), data: truncation, mac: "4c1a03424b55e07fe7f27be1d58bb9324a9a5a04"),
        HMACVector(name: "6", key: repeated("aa", 80), data: largerKey, mac: "aa4ae5e15272d00e95705637ce8a3b55ed402112"),
        HMACVector(name: "7", key: repeated("aa", 80), data: largerKeyAndData, mac: "e8e99d0f45237d786d6bbaa7965c7808bbff1a91"),
    ]

    // RFC 4231 §4.2–4.8; each row is (key, data, SHA-224, SHA-256, SHA-384, SHA-512). Case 5 is truncated to 128 bits.
    static let rfc4231: [(key: String, data: String, macs: [String])] = [
        (repeated("0b", 20), hiThere, [
            "896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22",
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
            "afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6",
            "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854",
        ]),
        (jefe, whatDoYaWant, [
            "a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44",
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
            "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649",
            "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737",
        ]),
        (repeated("aa", 20), repeated("dd", 50), [
            "7fb3cb3588c6c1f6ffa9694d7d6ad2649365b0c1f65d69d1ec8333ea",
            "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
            "88062608d3e6ad8a0aa2ace014c8a86f0aa635d947ac9febe83ef4e55966144b2a5ab39dc13814b94e3ab6e101a34f27",
            "fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39bf3e848279a722c806b485a47e67c807b946a337bee8942674278859e13292fb",
        ]),
        (key0102To19, repeated("cd", 50), [
            "6c11506874013cac6a2abc1bb382627cec6a90d86efc012de7afec5a",
            "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
            "3e8a69b7783c25851933ab6290af6ca77a9981480850009cc5577c6e1f573b4e6801dd23c4a7d679ccf8a386c674cffb",
            "b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3dba91ca5c11aa25eb4d679275cc5788063a5f19741120c4f2de2adebeb10a298dd",
        ]),
        (repeated("0c", 20), truncation, [
            "0e2aea68a90c8d37c988bcdb9fca6fa8",
            "a3b6167473100ee06e0c796c2955552b",
            "3abf34c3503b2a23a46efc619baef897",
            "415fad6271580a531d4179bc891d87a6",
        ]),
        (repeated("aa", 131), largerKey, [
            "95e9a0db962095adaebe9b2d6f0dbce2d499f112f2d2b7273fa6870e",
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
            "4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c60c2ef6ab4030fe8296248df163f44952",
            "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598",
        ]),
        (repeated("aa", 131), rfc4231Case7, [
            "3a854166ac5d9f023f54d517d0b39dbd946770db9c2b95c9f6f565d1",
            "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
            "6617178e941f020d351e2f254e8fd32c602420feb0b8fb9adccebb82461e99c5a678cc31e799176d3860e6110c46523e",
            "e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58",
        ]),
    ]

    @Test(arguments: rfc2202MD5)
    func hmacMD5MatchesRFC2202(vector: HMACVector) {
        let mac = HMAC<MD5>.authenticationCode(for: hexBytes(vector.data), key: hexBytes(vector.key))
        #expect(Hex.encode(mac) == vector.mac)
    }

    @Test(arguments: rfc2202SHA1)
    func hmacSHA1MatchesRFC2202(vector: HMACVector) {
        let mac = HMAC<SHA1>.authenticationCode(for: hexBytes(vector.data), key: hexBytes(vector.key))
        #expect(Hex.encode(mac) == vector.mac)
    }

    @Test(arguments: Array(rfc4231.enumerated()))
    func hmacSHA2MatchesRFC4231(caseIndex: Int, vector: (key: String, data: String, macs: [String])) {
        let key = hexBytes(vector.key), data = hexBytes(vector.data)
        let algorithms: [HashAlgorithm] = [.sha224, .sha256, .sha384, .sha512]
        for (algorithm, expected) in zip(algorithms, vector.macs) {
            let mac = algorithm.authenticationCode(for: data, key: key)
            #expect(Hex.encode(mac.prefix(expected.count / 2)) == expected, "case \(caseIndex + 1) \(algorithm)")
        }
    }

    @Test func streamingAgreesWithOneShot() {
        let message = patternBytes(count: 300)
        var mac = HMAC<SHA256>(key: "key")
        mac.update(message[0..<1])
        mac.update(message[1..<200])
        mac.update(message[200...])
        #expect(mac.finalize() == HMAC<SHA256>.authenticationCode(for: message, key: Array("key".utf8)))
    }

    // The same digest as RFC 2202 case 2, reached through the String overloads.
    @Test func stringOverloadsUseUTF8() {
        #expect(Hex.encode(HMAC<MD5>.authenticationCode(for: "what do ya want for nothing?", key: "Jefe"))
            == "750c783e6ab0b503eaa86e310a5db738")
    }
}
