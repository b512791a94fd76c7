import Crypto
import Testing

@Suite struct SHA256Tests {
    // FIPS 180-4 examples as published by NIST CSRC ("Examples with Intermediate Values": SHA256.pdf, SHA224.pdf),
    // plus the empty message from the NIST SHAVS byte-oriented short-message vectors (Len = 0).
    static let sha256Examples: [(message: String, digest: String)] = [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ]

    static let sha224Examples: [(message: String, digest: String)] = [
        ("", "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f"),
        ("abc", "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525"),
    ]

    @Test(arguments: sha256Examples)
    func sha256DigestMatchesNISTExamples(message: String, digest: String) {
        #expect(Hex.encode(SHA256.hash(message)) == digest)
    }

    @Test(arguments: sha224Examples)
    func sha224DigestMatchesNISTExamples(message: String, digest: String) {
        #expect(Hex.encode(SHA224.hash(message)) == digest)
    }

    // NIST's long-message example: one million repetitions of 'a' (0x61).
    @Test func digestsOfOneMillionLetterAMatchNIST() {
        var sha256 = SHA256()
        var sha224 = SHA224()
        let thousand = [UInt8](repeating: 0x61, count: 1000)
        for _ in 0..<1000 {
            sha256.update(thousand)
            sha224.update(thousand)
        }
        #expect(Hex.encode(sha256.finalize()) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect(Hex.encode(sha224.finalize()) == "20794655980c91d8bbb4c1ea97618a4bf03f42581948b2ee4ee7ad67")
    }
}
