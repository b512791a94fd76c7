/// The SHA-1 compression function (FIPS 180-4 §6.1).
struct SHA1Compressor: BlockCompressor {
    static let blockByteCount = 64
    static let lengthIsBigEndian = true

    private var h0: UInt32 = 0x6745_2301
    private var h1: UInt32 = 0xEFCD_AB89
    private var h2: UInt32 = 0x98BA_DCFE
    private var h3: UInt32 = 0x1032_5476
    private var h4: UInt32 = 0xC3D2_E1F0

    var stateBytes: [UInt8] {
        [h0, h1, h2, h3, h4].flatMap { word in
            (0..<4).reversed().map { UInt8(truncatingIfNeeded: word >> (UInt32($0) * 8)) }
        }
    }

    mutating func compress(_ blocks: UnsafeRawBufferPointer) {
        var (s0, s1, s2, s3, s4) = (h0, h1, h2, h3, h4)
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
            var offset = 0
            while offset < blocks.count {
                for t in 0..<16 {
                    w[t] = UInt32(bigEndian: blocks.loadUnaligned(fromByteOffset: offset &+ t &* 4, as: UInt32.self))
                }
                for t in 16..<80 {
                    w[t] = (w[t &- 3] ^ w[t &- 8] ^ w[t &- 14] ^ w[t &- 16]).rotatedLeft(1)
                }
                var (a, b, c, d, e) = (s0, s1, s2, s3, s4)
                for t in 0..<80 {
                    let mixed: UInt32
                    let constant: UInt32
                    switch t {
                    case 0..<20: mixed = (b & c) | (~b & d); constant = 0x5A82_7999
                    case 20..<40: mixed = b ^ c ^ d; constant = 0x6ED9_EBA1
                    case 40..<60: mixed = (b & c) | (b & d) | (c & d); constant = 0x8F1B_BCDC
                    default: mixed = b ^ c ^ d; constant = 0xCA62_C1D6
                    }
                    let temp = a.rotatedLeft(5) &+ mixed &+ e &+ constant &+ w[t]
                    e = d
                    d = c
                    c = b.rotatedLeft(30)
                    b = a
                    a = temp
                }
                s0 &+= a; s1 &+= b; s2 &+= c; s3 &+= d; s4 &+= e
                offset &+= 64
            }
        }
        (h0, h1, h2, h3, h4) = (s0, s1, s2, s3, s4)
    }
}
