import Testing

@testable import Variables

@Suite struct RandomSourceTests {
    @Test func sameSeedGivesTheSameSequence() {
        let first = SeededRandom(seed: 2024)
        let second = SeededRandom(seed: 2024)
        #expect((0..<100).map { _ in first.nextUInt64() } == (0..<100).map { _ in second.nextUInt64() })
    }

    @Test func seedZeroFollowsSplitMix64() {
        // Published first outputs of SplitMix64 seeded with 0.
        let random = SeededRandom(seed: 0)
        #expect(random.nextUInt64() == 0xE220_A839_7B1D_CDAF)
        #expect(random.nextUInt64() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func intStaysInsideAnInclusiveRange() {
        let random = SeededRandom(seed: 1)
        let values = (0..<2_000).map { _ in random.int(in: -2...2) }
        #expect(Set(values) == [-2, -1, 0, 1, 2])
        #expect(random.int(in: 5...5) == 5)
        #expect(random.int(in: Int.min...Int.max) != random.int(in: Int.min...Int.max))
    }

    @Test func doubleIsInTheUnitInterval() {
        let random = SeededRandom(seed: 9)
        #expect((0..<1_000).allSatisfy { _ in (0..<1).contains(random.nextDouble()) })
    }

    @Test func pickFromAnEmptyListGivesTheFallback() {
        #expect(SeededRandom(seed: 1).pick([String]()) == "")
        #expect(SystemRandom().pick([Int](), orElse: 7) == 7)
    }
}
