import Crypto
import Testing

@Suite struct ConstantTimeTests {
    static let cases: [(lhs: [UInt8], rhs: [UInt8], equal: Bool)] = [
        ([], [], true),
        ([1, 2, 3], [1, 2, 3], true),
        ([1, 2, 3], [1, 2, 4], false),
        ([0x80, 2, 3], [0, 2, 3], false),
        ([1, 2, 3], [1, 2], false),
        ([1, 2], [1, 2, 3], false),
    ]

    @Test(arguments: cases)
    func comparesContentAndLength(lhs: [UInt8], rhs: [UInt8], equal: Bool) {
        #expect(ConstantTime.isEqual(lhs, rhs) == equal)
    }
}
