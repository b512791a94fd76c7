/// SHA-256 (FIPS 180-4 §6.2).
package struct SHA256: HashFunction {
    package static let blockByteCount = 64
    package static let digestByteCount = 32

    private var hasher: BlockHasher<SHA256Compressor>

    package init() {
        hasher = BlockHasher(SHA256Compressor([
            0x6A09_E667, 0xBB67_AE85, 0x3C6E_F372, 0xA54F_F53A, 0x510E_527F, 0x9B05_688C, 0x1F83_D9AB, 0x5BE0_CD19,
        ]))
    }

    package mutating func update(bytes: UnsafeRawBufferPointer) {
        hasher.update(bytes)
    }

    package func finalize() -> [UInt8] {
        Array(hasher.finalized().stateBytes.prefix(Self.digestByteCount))
    }
}
