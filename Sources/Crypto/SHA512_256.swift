/// SHA-512/256 (FIPS 180-4 §5.3.6.2, §6.7): SHA-512 with its own initial values, truncated to 32 bytes. Digest auth
/// offers it as `SHA-512-256`.
package struct SHA512_256: HashFunction {
    package static let blockByteCount = 128
    package static let digestByteCount = 32

    private var hasher: BlockHasher<SHA512Compressor>

    package init() {
        hasher = BlockHasher(SHA512Compressor([
            0x2231_2194_FC2B_F72C, 0x9F55_5FA3_C84C_64C2, 0x2393_B86B_6F53_B151, 0x9638_7719_5940_EABD,
            0x9628_3EE2_A88E_FFE3, 0xBE5E_1E25_5386_3992, 0x2B01_99FC_2C85_B8AA, 0x0EB7_2DDC_81C5_2CA2,
        ]))
    }

    package mutating func update(bytes: UnsafeRawBufferPointer) {
        hasher.update(bytes)
    }

    package func finalize() -> [UInt8] {
        Array(hasher.finalized().stateBytes.prefix(Self.digestByteCount))
    }
}
