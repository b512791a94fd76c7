/// MD5 (RFC 1321). Broken for collision resistance; for digest auth, HMAC-MD5 and legacy interop.
package struct MD5: HashFunction {
    package static let blockByteCount = 64
    package static let digestByteCount = 16

    private var hasher: BlockHasher<MD5Compressor>

    package init() {
        hasher = BlockHasher(MD5Compressor())
    }

    package mutating func update(bytes: UnsafeRawBufferPointer) {
        hasher.update(bytes)
    }

    package func finalize() -> [UInt8] {
        Array(hasher.finalized().stateBytes.prefix(Self.digestByteCount))
    }
}
