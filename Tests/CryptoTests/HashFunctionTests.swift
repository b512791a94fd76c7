import Crypto
import Testing

@Suite struct HashFunctionTests {
    // Every chunk size from 1 to 130 crosses the 64- and 128-byte block boundaries at different offsets.
    @Test(arguments: HashAlgorithm.allCases)
    func streamingInAnyChunkSizeAgreesWithOneShot(algorithm: HashAlgorithm) {
        let message = patternBytes(count: 777)
        let expected = algorithm.hash(message)
        for chunkSize in 1...130 {
            var hasher = algorithm.makeHasher()
            var start = 0
            while start < message.count {
                let end = min(start + chunkSize, message.count)
                hasher.update(message[start..<end])
                start = end
            }
            #expect(hasher.finalize() == expected, "chunk size \(chunkSize)")
        }
    }

    // Padding changes shape at 55/56 (64-byte blocks) and 111/112 (128-byte blocks).
    @Test(arguments: HashAlgorithm.allCases)
    func messagesAroundThePaddingBoundaryDifferAndAgreeWhenStreamed(algorithm: HashAlgorithm) {
        var seen = Set<[UInt8]>()
        for length in 50...135 {
            let message = patternBytes(count: length)
            let oneShot = algorithm.hash(message)
            var hasher = algorithm.makeHasher()
            hasher.update(message.prefix(length / 2))
            hasher.update(message.dropFirst(length / 2))
            #expect(hasher.finalize() == oneShot, "length \(length)")
            #expect(oneShot.count == algorithm.digestByteCount)
            seen.insert(oneShot)
        }
        #expect(seen.count == 86)
    }

    @Test func finalizeDoesNotConsumeTheHasher() {
        var hasher = SHA256()
        hasher.update("ab")
        _ = hasher.finalize()
        hasher.update("c")
        #expect(hasher.finalize() == SHA256.hash("abc"))
    }

    @Test func stringAndUTF8BytesHashTheSame() {
        let text = "grüße, 世界"
        #expect(SHA1.hash(text) == SHA1.hash(Array(text.utf8)))
        #expect(MD5.hash(text) == MD5.hash(text.utf8))
    }
}
