import Crypto
import Testing

@Suite struct AESTests {
    // FIPS-197 appendix C.1–C.3: plaintext 00112233445566778899aabbccddeeff under the keys 000102…
    static let fips197: [(key: String, ciphertext: String)] = [
        ("000102030405060708090a0b0c0d0e0f", "69c4e0d86a7b0430d8cdb78070b4c55a"),
        ("000102030405060708090a0b0c0d0e0f1011121314151617", "dda97ca4864cdfe06eaf70a0ec0d7191"),
        ("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "8ea2b7ca516745bfeafc49904b496089"),
    ]

    @Test(arguments: fips197)
    func singleBlocksMatchFIPS197AppendixC(vector: (key: String, ciphertext: String)) throws {
        let cipher = try AES(key: hexBytes(vector.key))
        let plaintext = hexBytes("00112233445566778899aabbccddeeff")
        let ciphertext = try cipher.encrypt(plaintext, mode: .ecb, padding: .none)
        #expect(Hex.encode(ciphertext) == vector.ciphertext)
        #expect(try cipher.decrypt(ciphertext, mode: .ecb, padding: .none) == plaintext)
        #expect(cipher.rounds == vector.key.count / 8 + 6)
    }

    // NIST SP 800-38A appendix F: the same four plaintext blocks (F.1–F.5) under each key size and mode.
    static let sp800_38aPlaintext =
        "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710"
    static let sp800_38aKeys = [
        128: "2b7e151628aed2a6abf7158809cf4f3c",
        192: "8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b",
        256: "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
    ]
    static let iv = "000102030405060708090a0b0c0d0e0f"
    static let counter = "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"

    static let sp800_38a: [(section: String, bits: Int, mode: String, ciphertext: String)] = [
        ("F.1.1", 128, "ecb", "3ad77bb40d7a3660a89ecaf32466ef97f5d3d58503b9699de785895a96fdbaaf43b1cd7f598ece23881b00e3ed0306887b0c785e27e8ad3f8223207104725dd4"),
        ("F.1.3", 192, "ecb", "bd334f1d6e45f25ff712a214571fa5cc974104846d0ad3ad7734ecb3ecee4eefef7afd2270e2e60adce0ba2face6444e9a4b41ba738d6c72fb16691603c18e0e"),
        ("F.1.5", 256, "ecb", "f3eed1bdb5d2a03c064b5a7e3db181f8591ccb10d410ed26dc5ba74a31362870b6ed21b99ca6f4f9f153e7b1beafed1d23304b7a39f9f3ff067d8d8f9e24ecc7"),
        ("F.2.1", 128, "cbc", "7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b273bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7"),
        ("F.2.3", 192, "cbc", "4f021db243bc633d7178183a9fa071e8b4d9ada9ad7dedf4e5e738763f69145a571b242012fb7ae07fa9baac3df102e008b0e27988598881d920a9e64f5615cd"),
        ("F.2.5", 256, "cbc", "f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d39f23369a9d9bacfa530e26304231461b2eb05e2c39be9fcda6c19078c6a9d1b"),
        ("F.3.13", 128, "cfb", "3b3fd92eb72dad20333449f8e83cfb4ac8a64537a0b3a93fcde3cdad9f1ce58b26751f67a3cbb140b1808cf187a4f4dfc04b05357c5d1c0eeac4c66f9ff7f2e6"),
        ("F.3.15", 192, "cfb", "cdc80d6fddf18cab34c25909c99a417467ce7f7f81173621961a2b70171d3d7a2e1e8a1dd59b88b1c8e60fed1efac4c9c05f9f9ca9834fa042ae8fba584b09ff"),
        ("F.3.17", 256, "cfb", "dc7e84bfda79164b7ecd8486985d386039ffed143b28b1c832113c6331e5407bdf10132415e54b92a13ed0a8267ae2f975a385741ab9cef82031623d55b1e471"),
        ("F.4.1", 128, "ofb", "3b3fd92eb72dad20333449f8e83cfb4a7789508d16918f03f53c52dac54ed8259740051e9c5fecf64344f7a82260edcc304c6528f659c77866a510d9c1d6ae5e"),
        ("F.4.3", 192, "ofb", "cdc80d6fddf18cab34c25909c99a4174fcc28b8d4c63837c09e81700c11004018d9a9aeac0f6596f559c6d4daf59a5f26d9f200857ca6c3e9cac524bd9acc92a"),
        ("F.4.5", 256, "ofb", "dc7e84bfda79164b7ecd8486985d38604febdc6740d20b3ac88f6ad82a4fb08d71ab47a086e86eedf39d1c5bba97c4080126141d67f37be8538f5a8be740e484"),
        ("F.5.1", 128, "ctr", "874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee"),
        ("F.5.3", 192, "ctr", "1abc932417521ca24f2b0459fe7e6e0b090339ec0aa6faefd5ccc2c6f4ce8e941e36b26bd1ebc670d1bd1d665620abf74f78a7f6d29809585a97daec58c6b050"),
        ("F.5.5", 256, "ctr", "601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990cacaf5c52b0930daa23de94ce87017ba2d84988ddfc9c58db67aada613c2dd08457941a6"),
    ]

    static func mode(_ name: String) -> AESBlockMode {
        switch name {
        case "cbc": .cbc(iv: hexBytes(iv))
        case "cfb": .cfb(iv: hexBytes(iv))
        case "ofb": .ofb(iv: hexBytes(iv))
        case "ctr": .ctr(counter: hexBytes(counter))
        default: .ecb
        }
    }

    @Test(arguments: sp800_38a)
    func modesMatchSP800_38AAppendixF(vector: (section: String, bits: Int, mode: String, ciphertext: String)) throws {
        let cipher = try AES(key: hexBytes(Self.sp800_38aKeys[vector.bits] ?? ""))
        let plaintext = hexBytes(Self.sp800_38aPlaintext)
        let ciphertext = try cipher.encrypt(plaintext, mode: Self.mode(vector.mode), padding: .none)
        #expect(Hex.encode(ciphertext) == vector.ciphertext, "\(vector.section)")
        #expect(try cipher.decrypt(ciphertext, mode: Self.mode(vector.mode), padding: .none) == plaintext)
    }

    // Recorded with node: crypto.createCipheriv('aes-128-cbc', key, iv) with its default PKCS#7 padding.
    @Test func pkcs7PaddingMatchesOpenSSL() throws {
        let cipher = try AES(key: hexBytes(Self.sp800_38aKeys[128] ?? ""))
        let mode = AESBlockMode.cbc(iv: hexBytes(Self.iv))
        #expect(Hex.encode(try cipher.encrypt(Array("hello".utf8), mode: mode)) == "d8666ea8aad65cc08354b4bc43d4ff56")
        #expect(Hex.encode(try cipher.encrypt([], mode: mode)) == "c84af0b613435d5d9182801a9bd9320b")
        let sixteen = Array("0123456789abcdef".utf8)
        let encrypted = try cipher.encrypt(sixteen, mode: mode)
        #expect(encrypted.count == 32)
        #expect(try cipher.decrypt(encrypted, mode: mode) == sixteen)
    }

    @Test func streamModesTakeAnyLengthAndTruncate() throws {
        let cipher = try AES(key: hexBytes(Self.sp800_38aKeys[128] ?? ""))
        let plaintext = Array(hexBytes(Self.sp800_38aPlaintext).prefix(21))
        for name in ["cfb", "ofb", "ctr"] {
            let ciphertext = try cipher.encrypt(plaintext, mode: Self.mode(name), padding: .none)
            let full = try cipher.encrypt(hexBytes(Self.sp800_38aPlaintext), mode: Self.mode(name), padding: .none)
            #expect(ciphertext == Array(full.prefix(21)), "\(name)")
            #expect(try cipher.decrypt(ciphertext, mode: Self.mode(name), padding: .none) == plaintext, "\(name)")
        }
    }

    // After 000…00ffffffff, SP 800-38A's whole-block increment gives 000…0100000000 and CryptoJS's gives 000…0;
    // the two keystream blocks were recorded with node's aes-128-ecb.
    @Test func counterIncrementCarriesOnlyWhenAskedTo() throws {
        let cipher = try AES(key: hexBytes(Self.sp800_38aKeys[128] ?? ""))
        let start = hexBytes("000000000000000000000000ffffffff")
        let zeros = [UInt8](repeating: 0, count: 32)
        let whole = try cipher.encrypt(zeros, mode: .ctr(counter: start), padding: .none)
        let low = try cipher.encrypt(zeros, mode: .ctr(counter: start, increment: .lowWord), padding: .none)
        #expect(whole.prefix(16) == low.prefix(16))
        #expect(Hex.encode(whole.suffix(16)) == "6791ab9e2faeedef478d0e7c254011ae")
        #expect(Hex.encode(low.suffix(16)) == "7df76b0c1ab899b33e42f047b91b546f")
    }

    static let errors: [(key: Int, data: Int, iv: Int, error: AESError)] = [
        (15, 16, 16, .invalidKeyLength(15)),
        (16, 15, 16, .partialBlock(15)),
        (16, 16, 8, .invalidIVLength(8)),
    ]

    @Test(arguments: errors)
    func badInputsAreRejected(vector: (key: Int, data: Int, iv: Int, error: AESError)) {
        #expect(throws: vector.error) {
            let cipher = try AES(key: [UInt8](repeating: 1, count: vector.key))
            _ = try cipher.encrypt(
                [UInt8](repeating: 2, count: vector.data), mode: .cbc(iv: [UInt8](repeating: 0, count: vector.iv)),
                padding: .none)
        }
    }

    @Test func wrongKeyFailsPaddingCheck() throws {
        let mode = AESBlockMode.cbc(iv: hexBytes(Self.iv))
        let encrypted = try AES(key: [UInt8](repeating: 1, count: 16)).encrypt(Array("secret".utf8), mode: mode)
        #expect(throws: AESError.invalidPadding) {
            _ = try AES(key: [UInt8](repeating: 2, count: 16)).decrypt(encrypted, mode: mode)
        }
    }
}
