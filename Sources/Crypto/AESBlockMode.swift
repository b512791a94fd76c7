/// A mode of operation (NIST SP 800-38A) for running `AES` over a whole message.
package enum AESBlockMode: Sendable, Equatable {
    case ecb
    case cbc(iv: [UInt8])
    /// CFB with 128-bit segments (CFB-128), the form CryptoJS and OpenSSL's `aes-*-cfb` use.
    case cfb(iv: [UInt8])
    case ofb(iv: [UInt8])
    case ctr(counter: [UInt8], increment: AESCounterIncrement = .wholeBlock)

    /// Whether the cipher only makes a keystream, so a message needs no whole blocks and decryption encrypts.
    var isStream: Bool {
        switch self {
        case .ecb, .cbc: false
        case .cfb, .ofb, .ctr: true
        }
    }

    var iv: [UInt8]? {
        switch self {
        case .ecb: nil
        case .cbc(let iv), .cfb(let iv), .ofb(let iv): iv
        case .ctr(let counter, _): counter
        }
    }
}

/// How CTR mode steps its counter block.
package enum AESCounterIncrement: Sendable, Equatable {
    /// The whole block as one 128-bit big-endian number (SP 800-38A appendix B.1 with m = 128).
    case wholeBlock
    /// Only the last 32-bit word, wrapping without carry: what CryptoJS does.
    case lowWord
}

/// Padding that fills a message to whole blocks before a block mode encrypts it.
package enum AESPadding: Sendable, Equatable {
    /// PKCS#7 (RFC 5652 §6.3): 1…16 bytes, each holding the count.
    case pkcs7
    case none

    package func pad(_ bytes: [UInt8]) -> [UInt8] {
        switch self {
        case .none: return bytes
        case .pkcs7:
            let count = AES.blockByteCount - bytes.count % AES.blockByteCount
            return bytes + [UInt8](repeating: UInt8(count), count: count)
        }
    }

    package func unpad(_ bytes: [UInt8]) throws(AESError) -> [UInt8] {
        switch self {
        case .none: return bytes
        case .pkcs7:
            guard let last = bytes.last, last >= 1, Int(last) <= AES.blockByteCount, Int(last) <= bytes.count,
                bytes.suffix(Int(last)).allSatisfy({ $0 == last })
            else { throw .invalidPadding }
            return Array(bytes.dropLast(Int(last)))
        }
    }
}

extension AES {
    /// Encrypts `plaintext` in `mode`, padding it first. Stream modes accept any length without padding.
    package func encrypt(_ plaintext: [UInt8], mode: AESBlockMode, padding: AESPadding = .pkcs7) throws(AESError)
        -> [UInt8]
    {
        let padded = padding.pad(plaintext)
        var words = try Self.words(padded, mode: mode)
        try transform(&words, mode: mode, encrypting: true)
        return Array(Self.bytes(words).prefix(padded.count))
    }

    /// Decrypts `ciphertext` in `mode` and removes `padding`.
    package func decrypt(_ ciphertext: [UInt8], mode: AESBlockMode, padding: AESPadding = .pkcs7) throws(AESError)
        -> [UInt8]
    {
        var words = try Self.words(ciphertext, mode: mode)
        try transform(&words, mode: mode, encrypting: false)
        return try padding.unpad(Array(Self.bytes(words).prefix(ciphertext.count)))
    }

    /// Runs `mode` in place over big-endian words, four to a block; the count must be a multiple of four. Stream
    /// modes treat a message's missing tail as zeros, so the caller pads and truncates.
    package func transform(_ words: inout [UInt32], mode: AESBlockMode, encrypting: Bool) throws(AESError) {
        precondition(words.count % 4 == 0, "AES works on whole blocks")
        var chain = (UInt32(0), UInt32(0), UInt32(0), UInt32(0))
        if let iv = mode.iv {
            guard iv.count == AES.blockByteCount else { throw .invalidIVLength(iv.count) }
            let ivWords = Self.bigEndianWords(iv)
            chain = (ivWords[0], ivWords[1], ivWords[2], ivWords[3])
        }
        for offset in stride(from: 0, to: words.count, by: 4) {
            let input = (words[offset], words[offset + 1], words[offset + 2], words[offset + 3])
            var output: (UInt32, UInt32, UInt32, UInt32)
            switch mode {
            case .ecb:
                output = input
                if encrypting { encryptBlock(&output) } else { decryptBlock(&output) }
            case .cbc:
                if encrypting {
                    output = (input.0 ^ chain.0, input.1 ^ chain.1, input.2 ^ chain.2, input.3 ^ chain.3)
                    encryptBlock(&output)
                    chain = output
                } else {
                    output = input
                    decryptBlock(&output)
                    output = (output.0 ^ chain.0, output.1 ^ chain.1, output.2 ^ chain.2, output.3 ^ chain.3)
                    chain = input
                }
            case .cfb:
                var keystream = chain
                encryptBlock(&keystream)
                output = (input.0 ^ keystream.0, input.1 ^ keystream.1, input.2 ^ keystream.2, input.3 ^ keystream.3)
                chain = encrypting ? output : input
            case .ofb:
                encryptBlock(&chain)
                output = (input.0 ^ chain.0, input.1 ^ chain.1, input.2 ^ chain.2, input.3 ^ chain.3)
            case .ctr(_, let increment):
                var keystream = chain
                encryptBlock(&keystream)
                output = (input.0 ^ keystream.0, input.1 ^ keystream.1, input.2 ^ keystream.2, input.3 ^ keystream.3)
                chain = Self.incremented(chain, increment)
            }
            words[offset] = output.0
            words[offset + 1] = output.1
            words[offset + 2] = output.2
            words[offset + 3] = output.3
        }
    }

    private static func incremented(
        _ counter: (UInt32, UInt32, UInt32, UInt32), _ increment: AESCounterIncrement
    ) -> (UInt32, UInt32, UInt32, UInt32) {
        var counter = counter
        counter.3 &+= 1
        guard increment == .wholeBlock, counter.3 == 0 else { return counter }
        counter.2 &+= 1
        guard counter.2 == 0 else { return counter }
        counter.1 &+= 1
        guard counter.1 == 0 else { return counter }
        counter.0 &+= 1
        return counter
    }

    /// The message as words, zero-filled to whole blocks; block modes refuse a partial block.
    private static func words(_ bytes: [UInt8], mode: AESBlockMode) throws(AESError) -> [UInt32] {
        if !mode.isStream && bytes.count % AES.blockByteCount != 0 { throw .partialBlock(bytes.count) }
        let blockCount = (bytes.count + AES.blockByteCount - 1) / AES.blockByteCount
        var padded = bytes
        padded.append(contentsOf: repeatElement(0, count: blockCount * AES.blockByteCount - bytes.count))
        return bigEndianWords(padded)
    }

    /// Big-endian words from bytes whose count is a multiple of four.
    package static func bigEndianWords(_ bytes: [UInt8]) -> [UInt32] {
        var words: [UInt32] = []
        words.reserveCapacity(bytes.count / 4)
        var index = 0
        while index + 3 < bytes.count {
            let high = UInt32(bytes[index]) << 24 | UInt32(bytes[index + 1]) << 16
            let low = UInt32(bytes[index + 2]) << 8 | UInt32(bytes[index + 3])
            words.append(high | low)
            index += 4
        }
        return words
    }

    package static func bytes(_ words: [UInt32]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(words.count * 4)
        for word in words {
            bytes.append(UInt8(word >> 24))
            bytes.append(UInt8(word >> 16 & 0xFF))
            bytes.append(UInt8(word >> 8 & 0xFF))
            bytes.append(UInt8(word & 0xFF))
        }
        return bytes
    }
}
