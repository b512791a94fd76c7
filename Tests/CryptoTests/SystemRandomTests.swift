import Crypto
import Testing

@Suite struct SystemRandomTests {
    @Test func bytesHaveTheRequestedCountAndDifferBetweenCalls() throws {
        let first = try SystemRandom.bytes(count: 32)
        let second = try SystemRandom.bytes(count: 32)
        #expect(first.count == 32)
        // Two equal 256-bit draws would mean the source is broken.
        #expect(first != second)
        #expect(try SystemRandom.bytes(count: 0).isEmpty)
    }

    @Test func largeRequestsAreFilledCompletely() throws {
        let bytes = try SystemRandom.bytes(count: 100_000)
        // A 100 kB draw missing any byte value, or with a long zero tail, means a short read went unnoticed.
        #expect(Set(bytes).count == 256)
        #expect(bytes.suffix(64).contains { $0 != 0 })
    }

    @Test func worksAsARandomNumberGenerator() {
        var generator = SystemRandom()
        let values = (0..<8).map { _ in Int.random(in: 0..<Int.max, using: &generator) }
        #expect(Set(values).count == 8)
    }
}
