/// PBKDF2 (RFC 8018 §5.2) with HMAC over any `HashFunction` as the pseudorandom function.
package enum PBKDF2 {
    /// Derives `keyByteCount` bytes from `password` and `salt` with `iterations` rounds of HMAC-`H`.
    package static func deriveKey<H: HashFunction>(
        _ hash: H.Type,
        password: some Sequence<UInt8>,
        salt: some Sequence<UInt8>,
        iterations: Int,
        keyByteCount: Int
    ) throws(CryptoError) -> [UInt8] {
        guard iterations >= 1 else { throw .invalidIterationCount(iterations) }
        let maximum = Int(UInt32.max) * H.digestByteCount
        guard keyByteCount >= 1, keyByteCount <= maximum else { throw .invalidKeyLength(keyByteCount) }
        let prf = HMAC<H>(key: password)
        let salt = Array(salt)
        var derived: [UInt8] = []
        derived.reserveCapacity(keyByteCount + H.digestByteCount)
        var blockIndex: UInt32 = 1
        while derived.count < keyByteCount {
            var mac = prf
            mac.update(salt)
            mac.update([
                UInt8(truncatingIfNeeded: blockIndex >> 24), UInt8(truncatingIfNeeded: blockIndex >> 16),
                UInt8(truncatingIfNeeded: blockIndex >> 8), UInt8(truncatingIfNeeded: blockIndex),
            ])
            var u = mac.finalize()
            var block = u
            for _ in 1..<iterations {
                var next = prf
                next.update(u)
                u = next.finalize()
                for index in block.indices {
                    block[index] ^= u[index]
                }
            }
            derived += block
            blockIndex &+= 1
        }
        return Array(derived.prefix(keyByteCount))
    }

    /// Derives a key with a hash chosen at run time.
    package static func deriveKey(
        _ algorithm: HashAlgorithm,
        password: some Sequence<UInt8>,
        salt: some Sequence<UInt8>,
        iterations: Int,
        keyByteCount: Int
    ) throws(CryptoError) -> [UInt8] {
        func run<H: HashFunction>(_ hash: H.Type) throws(CryptoError) -> [UInt8] {
            try deriveKey(hash, password: password, salt: salt, iterations: iterations, keyByteCount: keyByteCount)
        }
        return try run(algorithm.hashFunction)
    }
}
