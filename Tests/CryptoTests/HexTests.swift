import Crypto
import Testing

@Suite struct HexTests {
    // RFC 4648 §10 ("Test Vectors", BASE16).
    static let rfc4648: [(plain: String, encoded: String)] = [
        ("", ""), ("f", "66"), ("fo", "666F"), ("foo", "666F6F"),
        ("foob", "666F6F62"), ("fooba", "666F6F6261"), ("foobar", "666F6F626172"),
    ]

    @Test(arguments: rfc4648)
    func base16MatchesRFC4648(plain: String, encoded: String) throws {
        #expect(Hex.encode(plain.utf8, uppercase: true) == encoded)
        #expect(Hex.encode(plain.utf8) == encoded.lowercased())
        #expect(try Hex.decode(encoded) == Array(plain.utf8))
        #expect(try Hex.decode(encoded.lowercased()) == Array(plain.utf8))
    }

    static let malformed: [(input: String, message: String)] = [
        ("abc", "hex input has an odd length 3"),
        ("0g", "invalid hex character 'g' at offset 1"),
        ("00 11", "invalid hex character ' ' at offset 2"),
    ]

    @Test(arguments: malformed)
    func malformedInputIsRejected(input: String, message: String) {
        #expect {
            try Hex.decode(input)
        } throws: { error in
            (error as? CryptoError)?.description == message
        }
    }
}
