import Crypto
import Testing

@Suite struct SHA1Tests {
    // FIPS 180-4 examples as published by NIST CSRC ("Examples with Intermediate Values": SHA1.pdf) and the
    // RFC 3174 §7.3 test driver (TEST1, TEST2, TEST3 = one million 'a').
    static let nistExamples: [(message: String, digest: String)] = [
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
    ]

    @Test(arguments: nistExamples)
    func digestMatchesNISTExamples(message: String, digest: String) {
        #expect(Hex.encode(SHA1.hash(message)) == digest)
    }

    @Test func digestOfOneMillionLetterAMatchesNIST() {
        var hasher = SHA1()
        let thousand = [UInt8](repeating: 0x61, count: 1000)
        for _ in 0..<1000 { hasher.update(thousand) }
        #expect(Hex.encode(hasher.finalize()) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }
}
