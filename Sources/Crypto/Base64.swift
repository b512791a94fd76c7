/// Base64 per RFC 4648: the standard alphabet (§4) and the URL- and filename-safe one (§5), with strict decoding.
package enum Base64 {
    /// Which 64 characters encode the sextets.
    package enum Alphabet: Sendable {
        /// `A–Z a–z 0–9 + /`
        case standard
        /// `A–Z a–z 0–9 - _`
        case urlSafe
    }

    /// Whether decoding insists on `=` padding to a multiple of four characters.
    package enum Padding: Sendable {
        case required
        /// Padding may be present (and must then be correct) or left off, as JWT and URL-safe users do.
        case optional
    }

    /// Encodes `bytes`; `padded: false` leaves off the trailing `=`.
    package static func encode(_ bytes: some Sequence<UInt8>, alphabet: Alphabet = .standard, padded: Bool = true) -> String {
        let input = Array(bytes)
        let table = alphabet == .standard ? standardTable : urlSafeTable
        var output: [UInt8] = []
        output.reserveCapacity((input.count + 2) / 3 * 4)
        var index = 0
        while index + 3 <= input.count {
            let group = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8 | UInt32(input[index + 2])
            output.append(table[Int(group >> 18 & 0x3F)])
            output.append(table[Int(group >> 12 & 0x3F)])
            output.append(table[Int(group >> 6 & 0x3F)])
            output.append(table[Int(group & 0x3F)])
            index += 3
        }
        switch input.count - index {
        case 1:
            let group = UInt32(input[index]) << 16
            output.append(table[Int(group >> 18 & 0x3F)])
            output.append(table[Int(group >> 12 & 0x3F)])
            if padded { output += [0x3D, 0x3D] }
        case 2:
            let group = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8
            output.append(table[Int(group >> 18 & 0x3F)])
            output.append(table[Int(group >> 12 & 0x3F)])
            output.append(table[Int(group >> 6 & 0x3F)])
            if padded { output.append(0x3D) }
        default:
            break
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes `text`, rejecting anything that is not a canonical encoding: characters outside the alphabet,
    /// misplaced or missing padding, impossible lengths, and non-zero unused bits. Offsets in errors count
    /// Unicode scalars. `ignoresWhitespace` skips spaces, tabs and line breaks (MIME-style wrapped input).
    package static func decode(
        _ text: String,
        alphabet: Alphabet = .standard,
        padding: Padding = .required,
        ignoresWhitespace: Bool = false
    ) throws(CryptoError) -> [UInt8] {
        var values: [UInt8] = []
        values.reserveCapacity(text.utf8.count)
        var padCount = 0
        var firstPadOffset = 0
        var characterCount = 0
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if ignoresWhitespace, scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" {
                continue
            }
            characterCount += 1
            if scalar == "=" {
                if padCount == 0 { firstPadOffset = offset }
                padCount += 1
                continue
            }
            if padCount > 0 { throw .misplacedBase64Padding(offset: firstPadOffset) }
            guard let value = sextet(of: scalar, alphabet: alphabet) else {
                throw .invalidBase64Character(Character(scalar), offset: offset)
            }
            values.append(value)
        }
        let remainder = values.count % 4
        if remainder == 1 { throw .invalidBase64Length(characterCount) }
        if padCount > 0 {
            guard remainder != 0, padCount == 4 - remainder else { throw .invalidBase64Length(characterCount) }
        } else if padding == .required, remainder != 0 {
            throw .invalidBase64Length(characterCount)
        }
        if let last = values.last {
            if remainder == 2, last & 0x0F != 0 { throw .nonZeroBase64TrailingBits }
            if remainder == 3, last & 0x03 != 0 { throw .nonZeroBase64TrailingBits }
        }
        var output: [UInt8] = []
        output.reserveCapacity(values.count * 3 / 4)
        var index = 0
        while index + 4 <= values.count {
            let group = UInt32(values[index]) << 18 | UInt32(values[index + 1]) << 12
                | UInt32(values[index + 2]) << 6 | UInt32(values[index + 3])
            output += [UInt8(truncatingIfNeeded: group >> 16), UInt8(truncatingIfNeeded: group >> 8), UInt8(truncatingIfNeeded: group)]
            index += 4
        }
        if remainder >= 2 {
            var group = UInt32(values[index]) << 18 | UInt32(values[index + 1]) << 12
            if remainder == 3 { group |= UInt32(values[index + 2]) << 6 }
            output.append(UInt8(truncatingIfNeeded: group >> 16))
            if remainder == 3 { output.append(UInt8(truncatingIfNeeded: group >> 8)) }
        }
        return output
    }

    private static func sextet(of scalar: Unicode.Scalar, alphabet: Alphabet) -> UInt8? {
        switch scalar {
        case "A"..."Z": UInt8(scalar.value - 65)
        case "a"..."z": UInt8(scalar.value - 97 + 26)
        case "0"..."9": UInt8(scalar.value - 48 + 52)
        case "+" where alphabet == .standard, "-" where alphabet == .urlSafe: 62
        case "/" where alphabet == .standard, "_" where alphabet == .urlSafe: 63
        default: nil
        }
    }

    private static let standardTable = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let urlSafeTable = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
}
