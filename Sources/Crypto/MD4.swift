/// MD4 (RFC 1320). Broken; only for NTLM and legacy interop.
package struct MD4: HashFunction {
    package static let blockByteCount = 64
    package static let digestByteCount = 16

    private var hasher: BlockHasher<MD4Compressor>

    package init() {
        hasher = BlockHasher(MD4Compressor())
    }

    package mutating func update(bytes: UnsafeRawBufferPointer) {
        hasher.update(bytes)
    }

    package func finalize() -> [UInt8] {
        Array(hasher.finalized().stateBytes.prefix(Self.digestByteCount))
    }
}
