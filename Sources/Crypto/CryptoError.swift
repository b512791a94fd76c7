/// Why a decoding or key-derivation call in `Crypto` could not produce bytes.
package enum CryptoError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A character outside the alphabet, with its offset in UTF-8 bytes.
    case invalidBase64Character(Character, offset: Int)
    /// The number of base64 characters (without padding) can't encode whole bytes, or padding is wrong.
    case invalidBase64Length(Int)
    /// Padding where data must be, or data after padding.
    case misplacedBase64Padding(offset: Int)
    /// The last character carries bits that no byte uses (RFC 4648 §3.5: a canonical encoding has them zero).
    case nonZeroBase64TrailingBits
    case invalidHexCharacter(Character, offset: Int)
    case oddHexLength(Int)
    case invalidIterationCount(Int)
    case invalidKeyLength(Int)
    /// The operating system's random source failed, with its `errno`.
    case randomSourceFailed(errno: Int32)

    package var description: String {
        switch self {
        case let .invalidBase64Character(character, offset):
            "invalid base64 character '\(Self.displayed(character))' at offset \(offset)"
        case let .invalidBase64Length(length):
            "invalid base64 length \(length)"
        case let .misplacedBase64Padding(offset):
            "misplaced base64 padding at offset \(offset)"
        case .nonZeroBase64TrailingBits:
            "base64 input has non-zero bits after its last byte"
        case let .invalidHexCharacter(character, offset):
            "invalid hex character '\(Self.displayed(character))' at offset \(offset)"
        case let .oddHexLength(length):
            "hex input has an odd length \(length)"
        case let .invalidIterationCount(count):
            "iteration count must be at least 1, not \(count)"
        case let .invalidKeyLength(length):
            "derived key length \(length) is out of range"
        case let .randomSourceFailed(errno):
            "the system random source failed (errno \(errno))"
        }
    }

    /// The character itself, or an escape when it would be invisible (controls, line breaks).
    private static func displayed(_ character: Character) -> String {
        character.unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control ? scalar.escaped(asASCII: true) : String(scalar)
        }.joined()
    }
}
