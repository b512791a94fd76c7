/// SHA-224 (FIPS 180-4 §6.3): SHA-256 with other initial values, truncated to 28 bytes.
package struct SHA224: HashFunction {
    package static let blockByteCount = 64
    package static let digestByteCount = 28

    private var hasher: BlockHasher<SHA256Compressor>

    package init() {
        hasher = BlockHasher(SHA256Compressor([
            0xC105_9ED8, 0x367C_D507, 0x3070_DD17, 0xF70E_5939, 0xFFC0_0B31, 0x6858_1511, 0x64F9_8FA7, 0xBEFA_4FA4,
        ]))
    }

    package mutating func update(bytes: UnsafeRawBufferPointer) {
        hasher.update(bytes)
    }

    package func finalize() -> [UInt8] {
        Array(hasher.finalized().stateBytes.prefix(Self.digestByteCount))
    }
}
