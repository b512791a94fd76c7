/// SHA-512 (FIPS 180-4 §6.4).
package struct SHA512: HashFunction {
    package static let blockByteCount = 128
    package static let digestByteCount = 64

    private var hasher: BlockHasher<SHA512Compressor>

    package init() {
        hasher = BlockHasher(SHA512Compressor([
            0x6A09_E667_F3BC_C908, 0xBB67_AE85_84CA_A73B, 0x3C6E_F372_FE94_F82B, 0xA54F_F53A_5F1D_36F1,
            0x510E_527F_ADE6_82D1, 0x9B05_688C_2B3E_6C1F, 0x1F83_D9AB_FB41_BD6B, 0x5BE0_CD19_137E_2179,
        ]))
    }

    package mutating func update(bytes: UnsafeRawBufferPointer) {
        hasher.update(bytes)
    }

    package func finalize() -> [UInt8] {
        Array(hasher.finalized().stateBytes.prefix(Self.digestByteCount))
    }
}
