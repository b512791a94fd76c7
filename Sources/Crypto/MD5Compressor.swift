/// The MD5 compression function (RFC 1321 §3.4).
struct MD5Compressor: BlockCompressor {
    static let blockByteCount = 64
    static let lengthIsBigEndian = false

    private var h0: UInt32 = 0x6745_2301
    private var h1: UInt32 = 0xEFCD_AB89
    private var h2: UInt32 = 0x98BA_DCFE
    private var h3: UInt32 = 0x1032_5476

    var stateBytes: [UInt8] {
        [h0, h1, h2, h3].flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (UInt32($0) * 8)) } }
    }

    mutating func compress(_ blocks: UnsafeRawBufferPointer) {
        var (s0, s1, s2, s3) = (h0, h1, h2, h3)
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 16) { x in
            Self.sines.withUnsafeBufferPointer { sines in
                Self.shifts.withUnsafeBufferPointer { shifts in
                    var offset = 0
                    while offset < blocks.count {
                        for t in 0..<16 {
                            x[t] = UInt32(littleEndian: blocks.loadUnaligned(fromByteOffset: offset &+ t &* 4, as: UInt32.self))
                        }
                        var (a, b, c, d) = (s0, s1, s2, s3)
                        for i in 0..<64 {
                            let mixed: UInt32
                            let word: Int
                            switch i {
                            case 0..<16: mixed = (b & c) | (~b & d); word = i
                            case 16..<32: mixed = (b & d) | (c & ~d); word = (5 &* i &+ 1) & 15
                            case 32..<48: mixed = b ^ c ^ d; word = (3 &* i &+ 5) & 15
                            default: mixed = c ^ (b | ~d); word = (7 &* i) & 15
                            }
                            let sum = a &+ mixed &+ sines[i] &+ x[word]
                            a = d
                            d = c
                            c = b
                            b = b &+ sum.rotatedLeft(shifts[i])
                        }
                        s0 &+= a; s1 &+= b; s2 &+= c; s3 &+= d
                        offset &+= 64
                    }
                }
            }
        }
        (h0, h1, h2, h3) = (s0, s1, s2, s3)
    }

    /// `floor(abs(sin(i + 1)) * 2^32)`, the table T of RFC 1321 §3.4.
    private static let sines: [UInt32] = [
        0xD76AA478, 0xE8C7B756, 0x242070DB, 0xC1BDCEEE, 0xF57C0FAF, 0x4787C62A, 0xA8304613, 0xFD469501,
        0x698098D8, 0x8B44F7AF, 0xFFFF5BB1, 0x895CD7BE, 0x6B901122, 0xFD987193, 0xA679438E, 0x49B40821,
        0xF61E2562, 0xC040B340, 0x265E5A51, 0xE9B6C7AA, 0xD62F105D, 0x02441453, 0xD8A1E681, 0xE7D3FBC8,
        0x21E1CDE6, 0xC33707D6, 0xF4D50D87, 0x455A14ED, 0xA9E3E905, 0xFCEFA3F8, 0x676F02D9, 0x8D2A4C8A,
        0xFFFA3942, 0x8771F681, 0x6D9D6122, 0xFDE5380C, 0xA4BEEA44, 0x4BDECFA9, 0xF6BB4B60, 0xBEBFBC70,
        0x289B7EC6, 0xEAA127FA, 0xD4EF3085, 0x04881D05, 0xD9D4D039, 0xE6DB99E5, 0x1FA27CF8, 0xC4AC5665,
        0xF4292244, 0x432AFF97, 0xAB9423A7, 0xFC93A039, 0x655B59C3, 0x8F0CCC92, 0xFFEFF47D, 0x85845DD1,
        0x6FA87E4F, 0xFE2CE6E0, 0xA3014314, 0x4E0811A1, 0xF7537E82, 0xBD3AF235, 0x2AD7D2BB, 0xEB86D391,
    ]

    /// The per-step left rotations of RFC 1321 §3.4.
    private static let shifts: [UInt32] = [
        7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
        5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
        4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
        6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
    ]
}
