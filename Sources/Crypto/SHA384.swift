/// SHA-384 (FIPS 180-4 §6.5): SHA-512 with other initial values, truncated to 48 bytes.
package struct SHA384: HashFunction {
    package static let blockByteCount = 128
    package static let digestByteCount = 48

    private var hasher: BlockHasher<SHA512Compressor>

    package init() {
        hasher = BlockHasher(SHA512Compressor([
            0xCBBB_9D5D_C105_9ED8, 0x629A_292A_367C_D507, 0x9159_015A_3070_DD17, 0x152F_ECD8_F70E_5939,
            0x6733_2667_FFC0_0B31, 0x8EB4_4A87_6858_1511, 0xDB0C_2E0D_64F9_8FA7, 0x47B5_481D_BEFA_4FA4,
        ]))
    }

    package mutating func update(bytes: UnsafeRawBufferPointer) {
        hasher.update(bytes)
    }

    package func finalize() -> [UInt8] {
        Array(hasher.finalized().stateBytes.prefix(Self.digestByteCount))
    }
}
