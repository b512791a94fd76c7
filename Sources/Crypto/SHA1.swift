/// SHA-1 (FIPS 180-4). Collision-broken; for HMAC-SHA1, OAuth 1.0a and legacy interop.
package struct SHA1: HashFunction {
    package static let blockByteCount = 64
    package static let digestByteCount = 20

    private var hasher: BlockHasher<SHA1Compressor>

    package init() {
        hasher = BlockHasher(SHA1Compressor())
    }

    package mutating func update(bytes: UnsafeRawBufferPointer) {
        hasher.update(bytes)
    }

    package func finalize() -> [UInt8] {
        Array(hasher.finalized().stateBytes.prefix(Self.digestByteCount))
    }
}
