/// An RSA signature scheme from RFC 8017 with its hash: RSASSA-PKCS1-v1_5 (§8.2, encoding §9.2) or RSASSA-PSS
/// (§8.1, encoding §9.1) with MGF1 over the same hash and a salt as long as the hash, as JWS's PS256/384/512
/// require (RFC 7518 §3.5).
package enum RSASignatureScheme: Sendable, Hashable, CustomStringConvertible {
    case pkcs1v15(HashAlgorithm)
    case pss(HashAlgorithm)

    package var hash: HashAlgorithm {
        switch self {
        case .pkcs1v15(let hash), .pss(let hash): hash
        }
    }

    package var description: String {
        switch self {
        case .pkcs1v15(let hash): "RSASSA-PKCS1-v1_5 with \(hash.rawValue)"
        case .pss(let hash): "RSASSA-PSS with \(hash.rawValue)"
        }
    }

    /// The DER of `DigestInfo` up to the digest itself (RFC 8017 §9.2, note 1).
    private var digestInfoPrefix: [UInt8]? {
        switch hash {
        case .sha1: [0x30, 0x21, 0x30, 0x09, 0x06, 0x05, 0x2B, 0x0E, 0x03, 0x02, 0x1A, 0x05, 0x00, 0x04, 0x14]
        case .sha224: Self.sha2Prefix(lengths: (0x2D, 0x1C), identifier: 0x04)
        case .sha256: Self.sha2Prefix(lengths: (0x31, 0x20), identifier: 0x01)
        case .sha384: Self.sha2Prefix(lengths: (0x41, 0x30), identifier: 0x02)
        case .sha512: Self.sha2Prefix(lengths: (0x51, 0x40), identifier: 0x03)
        case .md4, .md5, .sha512_256: nil
        }
    }

    /// `SEQUENCE { SEQUENCE { OID 2.16.840.1.101.3.4.2.<identifier>, NULL }, OCTET STRING (digest) }` headers.
    private static func sha2Prefix(lengths: (total: UInt8, digest: UInt8), identifier: UInt8) -> [UInt8] {
        [0x30, lengths.total, 0x30, 0x0D, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, identifier, 0x05, 0x00,
         0x04, lengths.digest]
    }

    /// EMSA-PKCS1-v1_5 (RFC 8017 §9.2): `00 01 FF…FF 00 DigestInfo`, `byteCount` bytes long.
    func encodePKCS1v15(_ message: [UInt8], byteCount: Int) throws(RSAKeyError) -> [UInt8] {
        guard let prefix = digestInfoPrefix else { throw .unsupportedHash(hash.rawValue) }
        let digestInfo = prefix + hash.hash(message)
        guard byteCount >= digestInfo.count + 11 else {
            throw .keyTooShort(bits: byteCount * 8, minimumBits: (digestInfo.count + 11) * 8, scheme: description)
        }
        return [0x00, 0x01] + [UInt8](repeating: 0xFF, count: byteCount - digestInfo.count - 3) + [0x00] + digestInfo
    }

    /// EMSA-PSS-ENCODE (RFC 8017 §9.1.1) into `emBits` bits, with `salt`.
    func encodePSS(_ message: [UInt8], emBits: Int, salt: [UInt8]) throws(RSAKeyError) -> [UInt8] {
        guard hash != .md4 else { throw .unsupportedHash(hash.rawValue) }
        let digestLength = hash.digestByteCount
        let emLength = (emBits + 7) / 8
        guard emLength >= digestLength + salt.count + 2 else {
            throw .keyTooShort(bits: emBits + 1, minimumBits: (digestLength + salt.count + 2) * 8 + 1, scheme: description)
        }
        let h = hash.hash([UInt8](repeating: 0, count: 8) + hash.hash(message) + salt)
        var db = [UInt8](repeating: 0, count: emLength - salt.count - digestLength - 2) + [0x01] + salt
        for (index, byte) in mgf1(seed: h, length: db.count).enumerated() { db[index] ^= byte }
        db[0] &= 0xFF >> (8 * emLength - emBits)
        return db + h + [0xBC]
    }

    /// EMSA-PSS-VERIFY (RFC 8017 §9.1.2) with the salt length fixed to the hash length.
    func verifyPSS(_ message: [UInt8], encoded: [UInt8], emBits: Int) -> Bool {
        let digestLength = hash.digestByteCount
        let emLength = (emBits + 7) / 8
        let saltLength = digestLength
        guard hash != .md4, encoded.count == emLength, emLength >= digestLength + saltLength + 2,
            encoded[emLength - 1] == 0xBC
        else { return false }
        let maskedDB = Array(encoded[0..<(emLength - digestLength - 1)])
        let h = Array(encoded[(emLength - digestLength - 1)..<(emLength - 1)])
        let unusedBits = 8 * emLength - emBits
        guard maskedDB[0] & ~(0xFF >> unusedBits) == 0 else { return false }
        var db = maskedDB
        for (index, byte) in mgf1(seed: h, length: db.count).enumerated() { db[index] ^= byte }
        db[0] &= 0xFF >> unusedBits
        let zeroCount = emLength - digestLength - saltLength - 2
        guard db[0..<zeroCount].allSatisfy({ $0 == 0 }), db[zeroCount] == 0x01 else { return false }
        let salt = db[(db.count - saltLength)...]
        let expected = hash.hash([UInt8](repeating: 0, count: 8) + hash.hash(message) + salt)
        return ConstantTime.isEqual(expected, h)
    }

    /// MGF1 (RFC 8017 §B.2.1) over this scheme's hash.
    func mgf1(seed: [UInt8], length: Int) -> [UInt8] {
        var mask: [UInt8] = []
        mask.reserveCapacity(length + hash.digestByteCount)
        var counter: UInt32 = 0
        while mask.count < length {
            let counterBytes = (0..<4).map { UInt8(truncatingIfNeeded: counter >> (24 - 8 * UInt32($0))) }
            mask += hash.hash(seed + counterBytes)
            counter += 1
        }
        return Array(mask[0..<length])
    }
}
