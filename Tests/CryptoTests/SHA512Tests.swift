import Crypto
import Testing

@Suite struct SHA512Tests {
    // FIPS 180-4 examples as published by NIST CSRC ("Examples with Intermediate Values": SHA512.pdf, SHA384.pdf),
    // plus the empty message from the NIST SHAVS byte-oriented short-message vectors (Len = 0).
    static let twoBlockMessage =
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"

    static let sha512Examples: [(message: String, digest: String)] = [
        ("", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"),
        ("abc", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"),
        (twoBlockMessage, "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"),
    ]

    static let sha384Examples: [(message: String, digest: String)] = [
        ("", "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b"),
        ("abc", "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"),
        (twoBlockMessage, "09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039"),
    ]

    static let sha512_256Examples: [(message: String, digest: String)] = [
        ("", "c672b8d1ef56ed28ab87c3622c5114069bdd3ad7b8f9737498d0c01ecef0967a"),
        ("abc", "53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23"),
        (twoBlockMessage, "3928e184fb8690f840da3988121d31be65cb9d3ef83ee6146feac861e19b563a"),
    ]

    // NIST CSRC "Examples with Intermediate Values": SHA512_256.pdf; the empty message cross-checked with OpenSSL.
    @Test(arguments: sha512_256Examples)
    func sha512_256DigestMatchesNISTExamples(message: String, digest: String) {
        #expect(Hex.encode(SHA512_256.hash(message)) == digest)
    }

    @Test(arguments: sha512Examples)
    func sha512DigestMatchesNISTExamples(message: String, digest: String) {
        #expect(Hex.encode(SHA512.hash(message)) == digest)
    }

    @Test(arguments: sha384Examples)
    func sha384DigestMatchesNISTExamples(message: String, digest: String) {
        #expect(Hex.encode(SHA384.hash(message)) == digest)
    }

    // NIST's long-message example: one million repetitions of 'a' (0x61).
    @Test func digestsOfOneMillionLetterAMatchNIST() {
        var sha512 = SHA512()
        var sha384 = SHA384()
        let thousand = [UInt8](repeating: 0x61, count: 1000)
        for _ in 0..<1000 {
            sha512.update(thousand)
            sha384.update(thousand)
        }
        #expect(Hex.encode(sha512.finalize()) == "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b")
        #expect(Hex.encode(sha384.finalize()) == "9d0e1809716474cb086e834e310a4a1ced149e9c00f248527972cec5704c2a5b07b8b3dc38ecc4ebae97ddd87f3d8985")
    }
}
