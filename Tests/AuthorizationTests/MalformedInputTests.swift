@testable import Authorization
import Crypto
import Testing
import Transport

/// Server input that is garbage must produce an error or nothing, never a crash. These feed deterministic
/// pseudo-random input through the parsers; a crash fails the whole test run.
@Suite struct MalformedInputTests {
    /// A small xorshift generator so every run sees the same inputs.
    struct Xorshift: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }

    @Test func ntlmChallengesWithArbitraryFieldsNeverCrash() {
        var random = Xorshift(state: 0x9E37_79B9_7F4A_7C15)
        var parsed = 0
        for _ in 0..<3000 {
            let tail = (0..<Int.random(in: 0...72, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            // Most inputs get past the signature and type checks so the offset arithmetic is exercised.
            var bytes = Array("NTLMSSP\0".utf8) + [2, 0, 0, 0] + tail
            if Bool.random(using: &random), bytes.count > 23 { bytes[22] |= 0x80 }
            if (try? NTLMMessage.challenge(fromHeader: "NTLM " + Base64.encode(bytes))) != nil { parsed += 1 }
        }
        #expect(parsed > 0)
    }

    @Test func digestChallengesOfArbitraryTextNeverCrash() {
        var random = Xorshift(state: 42)
        let pieces = ["realm", "nonce", "qop", "=", "\"", ",", " ", "\\", "\t", "x", "auth"]
        var parsed = 0
        for _ in 0..<3000 {
            let text = "Digest " + (0..<Int.random(in: 0...16, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "x" }.joined()
            if DigestChallenge.parse(text) != nil { parsed += 1 }
        }
        #expect(parsed > 0)
    }

    @Test func base64OfArbitraryTextNeverCrashes() {
        var random = Xorshift(state: 7)
        let alphabet = Array("QUJD=+/-_ \n\u{E9}")
        var decoded = 0
        for _ in 0..<3000 {
            let text = String((0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "A" })
            if (try? Base64.decode(text, padding: .optional)) != nil { decoded += 1 }
        }
        #expect(decoded > 0)
    }
}
