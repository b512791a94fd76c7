import Crypto
import Testing

@Suite struct HashAlgorithmTests {
    @Test func runtimeChoiceDispatchesToTheConcreteHash() {
        #expect(HashAlgorithm.md4.hash("abc") == MD4.hash("abc"))
        #expect(HashAlgorithm.md5.hash("abc") == MD5.hash("abc"))
        #expect(HashAlgorithm.sha1.hash("abc") == SHA1.hash("abc"))
        #expect(HashAlgorithm.sha224.hash("abc") == SHA224.hash("abc"))
        #expect(HashAlgorithm.sha256.hash("abc") == SHA256.hash("abc"))
        #expect(HashAlgorithm.sha384.hash("abc") == SHA384.hash("abc"))
        #expect(HashAlgorithm.sha512.hash("abc") == SHA512.hash("abc"))
        #expect(HashAlgorithm.sha512_256.hash("abc") == SHA512_256.hash("abc"))
        #expect(HashAlgorithm.allCases.map(\.digestByteCount) == [16, 16, 20, 28, 32, 48, 64, 32])
    }

    static let names: [(name: String, algorithm: HashAlgorithm?)] = [
        ("SHA-256", .sha256), ("sha256", .sha256), ("Sha_1", .sha1), ("md5", .md5), ("MD4", .md4),
        ("SHA-512/256", .sha512_256), ("sha512256", .sha512_256), ("SHA384", .sha384), ("sha3-256", nil), ("", nil),
    ]

    @Test(arguments: names)
    func namesAreReadIgnoringCaseAndPunctuation(name: String, algorithm: HashAlgorithm?) {
        #expect(HashAlgorithm(name: name) == algorithm)
    }
}
