/// Base16 (RFC 4648 §8): two hex digits per byte.
package enum Hex {
    /// Lowercase by default, as digests are usually printed.
    package static func encode(_ bytes: some Sequence<UInt8>, uppercase: Bool = false) -> String {
        let digits = uppercase ? upperDigits : lowerDigits
        var output: [UInt8] = []
        output.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            output.append(digits[Int(byte >> 4)])
            output.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes upper- or lowercase digits; offsets in errors count Unicode scalars.
    package static func decode(_ text: String) throws(CryptoError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count / 2)
        var high: UInt8?
        var count = 0
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            count += 1
            let nibble: UInt8
            switch scalar {
            case "0"..."9": nibble = UInt8(scalar.value - 48)
            case "a"..."f": nibble = UInt8(scalar.value - 97 + 10)
            case "A"..."F": nibble = UInt8(scalar.value - 65 + 10)
            default: throw .invalidHexCharacter(Character(scalar), offset: offset)
            }
            if let pending = high {
                output.append(pending << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
        }
        guard high == nil else { throw .oddHexLength(count) }
        return output
    }

    private static let lowerDigits = Array("0123456789abcdef".utf8)
    private static let upperDigits = Array("0123456789ABCDEF".utf8)
}
