import Crypto
import Testing

@Suite struct Base64Tests {
    // RFC 4648 §10 ("Test Vectors").
    static let rfc4648: [(plain: String, encoded: String)] = [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ]

    @Test(arguments: rfc4648)
    func encodingMatchesRFC4648(plain: String, encoded: String) {
        #expect(Base64.encode(plain.utf8) == encoded)
    }

    @Test(arguments: rfc4648)
    func decodingMatchesRFC4648(plain: String, encoded: String) throws {
        #expect(try Base64.decode(encoded) == Array(plain.utf8))
    }

    // 0xFB 0xFF uses sextets 62 and 63, the two characters where the alphabets differ (RFC 4648 §4 vs §5).
    @Test func urlSafeAlphabetReplacesPlusAndSlash() throws {
        let bytes: [UInt8] = [0xFB, 0xFF]
        #expect(Base64.encode(bytes) == "+/8=")
        #expect(Base64.encode(bytes, alphabet: .urlSafe) == "-_8=")
        #expect(Base64.encode(bytes, alphabet: .urlSafe, padded: false) == "-_8")
        #expect(try Base64.decode("-_8", alphabet: .urlSafe, padding: .optional) == bytes)
        #expect(try Base64.decode("-_8=", alphabet: .urlSafe, padding: .optional) == bytes)
    }

    @Test func everyByteValueRoundTrips() throws {
        let bytes = (0...255).map { UInt8($0) } + patternBytes(count: 100)
        for alphabet in [Base64.Alphabet.standard, .urlSafe] {
            for length in 0..<bytes.count where length % 37 == 0 || length < 8 {
                let slice = Array(bytes.prefix(length))
                #expect(try Base64.decode(Base64.encode(slice, alphabet: alphabet), alphabet: alphabet) == slice)
            }
        }
    }

    @Test func wrappedInputDecodesWhenWhitespaceIsIgnored() throws {
        #expect(try Base64.decode("Zm9v\r\nYmFy", ignoresWhitespace: true) == Array("foobar".utf8))
    }

    static let malformed: [(input: String, alphabet: Base64.Alphabet, padding: Base64.Padding, message: String)] = [
        ("Zm9v YmFy", .standard, .required, "invalid base64 character ' ' at offset 4"),
        ("Zm9-", .standard, .required, "invalid base64 character '-' at offset 3"),
        ("Zm9+", .urlSafe, .optional, "invalid base64 character '+' at offset 3"),
        ("Zm9vé", .standard, .required, "invalid base64 character 'é' at offset 4"),
        ("Zm9v\n", .standard, .required, "invalid base64 character '\\n' at offset 4"),
        ("Zg", .standard, .required, "invalid base64 length 2"),
        ("Z", .standard, .optional, "invalid base64 length 1"),
        ("Zm9vY", .standard, .optional, "invalid base64 length 5"),
        ("Zg=", .standard, .required, "invalid base64 length 3"),
        ("Zg===", .standard, .required, "invalid base64 length 5"),
        ("Zm9v=", .standard, .required, "invalid base64 length 5"),
        ("Zg==Zg==", .standard, .required, "misplaced base64 padding at offset 2"),
        ("Z=g=", .standard, .required, "misplaced base64 padding at offset 1"),
        ("Zh==", .standard, .required, "base64 input has non-zero bits after its last byte"),
        ("Zm9=", .standard, .required, "base64 input has non-zero bits after its last byte"),
    ]

    @Test(arguments: malformed)
    func malformedInputIsRejectedWithItsPosition(
        vector: (input: String, alphabet: Base64.Alphabet, padding: Base64.Padding, message: String)
    ) {
        #expect {
            try Base64.decode(vector.input, alphabet: vector.alphabet, padding: vector.padding)
        } throws: { error in
            (error as? CryptoError)?.description == vector.message
        }
    }
}
