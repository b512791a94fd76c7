/// The MD4 compression function (RFC 1320 §3.4); NTLM still needs it.
struct MD4Compressor: BlockCompressor {
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
            Self.wordOrder.withUnsafeBufferPointer { order in
                Self.shifts.withUnsafeBufferPointer { shifts in
                    var offset = 0
                    while offset < blocks.count {
                        for t in 0..<16 {
                            x[t] = UInt32(littleEndian: blocks.loadUnaligned(fromByteOffset: offset &+ t &* 4, as: UInt32.self))
                        }
                        var (a, b, c, d) = (s0, s1, s2, s3)
                        for i in 0..<48 {
                            let mixed: UInt32
                            switch i {
                            case 0..<16: mixed = (b & c) | (~b & d)
                            case 16..<32: mixed = ((b & c) | (b & d) | (c & d)) &+ 0x5A82_7999
                            default: mixed = (b ^ c ^ d) &+ 0x6ED9_EBA1
                            }
                            // Each step updates one register; rotating the names keeps the RFC's [abcd k s] order.
                            let updated = (a &+ mixed &+ x[order[i]]).rotatedLeft(shifts[i])
                            a = d
                            d = c
                            c = b
                            b = updated
                        }
                        s0 &+= a; s1 &+= b; s2 &+= c; s3 &+= d
                        offset &+= 64
                    }
                }
            }
        }
        (h0, h1, h2, h3) = (s0, s1, s2, s3)
    }

    /// Which message word each of the 48 steps reads (RFC 1320 §3.4, rounds 1–3).
    private static let wordOrder: [Int] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
        0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15,
        0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15,
    ]

    /// The per-step left rotations (RFC 1320 §3.4).
    private static let shifts: [UInt32] = [
        3, 7, 11, 19, 3, 7, 11, 19, 3, 7, 11, 19, 3, 7, 11, 19,
        3, 5, 9, 13, 3, 5, 9, 13, 3, 5, 9, 13, 3, 5, 9, 13,
        3, 9, 11, 15, 3, 9, 11, 15, 3, 9, 11, 15, 3, 9, 11, 15,
    ]
}
