/// AES (FIPS-197): the block cipher with 128-, 192- and 256-bit keys.
///
/// Rounds use the usual four 256-entry lookup tables per direction (built once from the S-box), so a block costs
/// 16 table reads per round. Blocks are handled as four big-endian 32-bit words, the form CryptoJS keeps its data
/// in; `AESBlockMode` adds the modes of operation on bytes.
package struct AES: Sendable {
    package static let blockByteCount = 16

    /// The number of rounds: 10, 12 or 14.
    package let rounds: Int
    private let encryptionKey: [UInt32]
    private let decryptionKey: [UInt32]

    /// A cipher keyed with a 16-, 24- or 32-byte key.
    package init(key: some Sequence<UInt8>) throws(AESError) {
        let key = Array(key)
        guard key.count == 16 || key.count == 24 || key.count == 32 else { throw .invalidKeyLength(key.count) }
        var words: [UInt32] = []
        for index in stride(from: 0, to: key.count, by: 4) {
            let high = UInt32(key[index]) << 24 | UInt32(key[index + 1]) << 16
            words.append(high | UInt32(key[index + 2]) << 8 | UInt32(key[index + 3]))
        }
        self.init(keyWords: words)
    }

    /// A cipher keyed with big-endian key words: 4, 6 or 8 for AES. Any other count of 4 or more extends the key
    /// schedule the way CryptoJS does for odd key sizes (count + 6 rounds), which is not AES but is what scripts
    /// written against CryptoJS get.
    package init(keyWords: [UInt32]) {
        let keyWordCount = keyWords.count
        rounds = keyWordCount + 6
        let scheduleCount = (rounds + 1) * 4
        let tables = AESTables.shared
        var schedule = [UInt32](repeating: 0, count: scheduleCount)
        var roundConstant: UInt32 = 1
        for row in 0..<scheduleCount {
            if row < keyWordCount {
                schedule[row] = keyWords[row]
                continue
            }
            var word = schedule[row - 1]
            if row % keyWordCount == 0 {
                word = tables.substituteWord(word << 8 | word >> 24) ^ (roundConstant << 24)
                roundConstant = AESTables.double(roundConstant)
            } else if keyWordCount > 6 && row % keyWordCount == 4 {
                word = tables.substituteWord(word)
            }
            schedule[row] = schedule[row - keyWordCount] ^ word
        }
        encryptionKey = schedule
        // The equivalent inverse cipher (FIPS-197 §5.3.5): round keys in reverse, with InvMixColumns applied to
        // all but the first and last, so decryption rounds have the same shape as encryption rounds.
        var inverse = [UInt32](repeating: 0, count: scheduleCount)
        for round in 0...rounds {
            for column in 0..<4 {
                let word = schedule[(rounds - round) * 4 + column]
                inverse[round * 4 + column] =
                    round == 0 || round == rounds ? word : tables.inverseMixColumn(word)
            }
        }
        decryptionKey = inverse
    }

    /// Encrypts one block given as four big-endian words.
    @inline(__always)
    package func encryptBlock(_ block: inout (UInt32, UInt32, UInt32, UInt32)) {
        let t = AESTables.shared
        var s0 = block.0 ^ encryptionKey[0]
        var s1 = block.1 ^ encryptionKey[1]
        var s2 = block.2 ^ encryptionKey[2]
        var s3 = block.3 ^ encryptionKey[3]
        var k = 4
        for _ in 1..<rounds {
            let n0 = t.te0[Int(s0 >> 24)] ^ t.te1[Int(s1 >> 16 & 0xFF)] ^ t.te2[Int(s2 >> 8 & 0xFF)] ^ t.te3[Int(s3 & 0xFF)]
            let n1 = t.te0[Int(s1 >> 24)] ^ t.te1[Int(s2 >> 16 & 0xFF)] ^ t.te2[Int(s3 >> 8 & 0xFF)] ^ t.te3[Int(s0 & 0xFF)]
            let n2 = t.te0[Int(s2 >> 24)] ^ t.te1[Int(s3 >> 16 & 0xFF)] ^ t.te2[Int(s0 >> 8 & 0xFF)] ^ t.te3[Int(s1 & 0xFF)]
            let n3 = t.te0[Int(s3 >> 24)] ^ t.te1[Int(s0 >> 16 & 0xFF)] ^ t.te2[Int(s1 >> 8 & 0xFF)] ^ t.te3[Int(s2 & 0xFF)]
            s0 = n0 ^ encryptionKey[k]
            s1 = n1 ^ encryptionKey[k + 1]
            s2 = n2 ^ encryptionKey[k + 2]
            s3 = n3 ^ encryptionKey[k + 3]
            k += 4
        }
        let s = t.sBox
        func last(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32) -> UInt32 {
            UInt32(s[Int(a >> 24)]) << 24 | UInt32(s[Int(b >> 16 & 0xFF)]) << 16 | UInt32(s[Int(c >> 8 & 0xFF)]) << 8
                | UInt32(s[Int(d & 0xFF)])
        }
        block = (
            last(s0, s1, s2, s3) ^ encryptionKey[k], last(s1, s2, s3, s0) ^ encryptionKey[k + 1],
            last(s2, s3, s0, s1) ^ encryptionKey[k + 2], last(s3, s0, s1, s2) ^ encryptionKey[k + 3]
        )
    }

    /// Decrypts one block given as four big-endian words.
    @inline(__always)
    package func decryptBlock(_ block: inout (UInt32, UInt32, UInt32, UInt32)) {
        let t = AESTables.shared
        var s0 = block.0 ^ decryptionKey[0]
        var s1 = block.1 ^ decryptionKey[1]
        var s2 = block.2 ^ decryptionKey[2]
        var s3 = block.3 ^ decryptionKey[3]
        var k = 4
        for _ in 1..<rounds {
            let n0 = t.td0[Int(s0 >> 24)] ^ t.td1[Int(s3 >> 16 & 0xFF)] ^ t.td2[Int(s2 >> 8 & 0xFF)] ^ t.td3[Int(s1 & 0xFF)]
            let n1 = t.td0[Int(s1 >> 24)] ^ t.td1[Int(s0 >> 16 & 0xFF)] ^ t.td2[Int(s3 >> 8 & 0xFF)] ^ t.td3[Int(s2 & 0xFF)]
            let n2 = t.td0[Int(s2 >> 24)] ^ t.td1[Int(s1 >> 16 & 0xFF)] ^ t.td2[Int(s0 >> 8 & 0xFF)] ^ t.td3[Int(s3 & 0xFF)]
            let n3 = t.td0[Int(s3 >> 24)] ^ t.td1[Int(s2 >> 16 & 0xFF)] ^ t.td2[Int(s1 >> 8 & 0xFF)] ^ t.td3[Int(s0 & 0xFF)]
            s0 = n0 ^ decryptionKey[k]
            s1 = n1 ^ decryptionKey[k + 1]
            s2 = n2 ^ decryptionKey[k + 2]
            s3 = n3 ^ decryptionKey[k + 3]
            k += 4
        }
        let s = t.inverseSBox
        func last(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32) -> UInt32 {
            UInt32(s[Int(a >> 24)]) << 24 | UInt32(s[Int(b >> 16 & 0xFF)]) << 16 | UInt32(s[Int(c >> 8 & 0xFF)]) << 8
                | UInt32(s[Int(d & 0xFF)])
        }
        block = (
            last(s0, s3, s2, s1) ^ decryptionKey[k], last(s1, s0, s3, s2) ^ decryptionKey[k + 1],
            last(s2, s1, s0, s3) ^ decryptionKey[k + 2], last(s3, s2, s1, s0) ^ decryptionKey[k + 3]
        )
    }
}

/// Why an AES call could not run.
package enum AESError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The key is not 16, 24 or 32 bytes.
    case invalidKeyLength(Int)
    /// The IV or initial counter is not one block.
    case invalidIVLength(Int)
    /// A mode without padding got data that isn't whole blocks.
    case partialBlock(Int)
    /// PKCS#7 padding that doesn't check out after decryption (wrong key or corrupted data).
    case invalidPadding

    package var description: String {
        switch self {
        case .invalidKeyLength(let count): "AES key must be 16, 24 or 32 bytes, not \(count)"
        case .invalidIVLength(let count): "AES IV must be 16 bytes, not \(count)"
        case .partialBlock(let count): "data of \(count) bytes is not a whole number of 16-byte blocks"
        case .invalidPadding: "invalid PKCS#7 padding"
        }
    }
}
