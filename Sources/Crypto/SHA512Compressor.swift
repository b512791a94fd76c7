/// The SHA-512 compression function (FIPS 180-4 §6.4), shared by SHA-512 and SHA-384.
struct SHA512Compressor: BlockCompressor {
    static let blockByteCount = 128
    static let lengthIsBigEndian = true

    private var h0, h1, h2, h3, h4, h5, h6, h7: UInt64

    init(_ state: [UInt64]) {
        (h0, h1, h2, h3) = (state[0], state[1], state[2], state[3])
        (h4, h5, h6, h7) = (state[4], state[5], state[6], state[7])
    }

    var stateBytes: [UInt8] {
        [h0, h1, h2, h3, h4, h5, h6, h7].flatMap { word in
            (0..<8).reversed().map { UInt8(truncatingIfNeeded: word >> (UInt64($0) * 8)) }
        }
    }

    mutating func compress(_ blocks: UnsafeRawBufferPointer) {
        var (s0, s1, s2, s3, s4, s5, s6, s7) = (h0, h1, h2, h3, h4, h5, h6, h7)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 80) { w in
            Self.roundConstants.withUnsafeBufferPointer { k in
                var offset = 0
                while offset < blocks.count {
                    for t in 0..<16 {
                        w[t] = UInt64(bigEndian: blocks.loadUnaligned(fromByteOffset: offset &+ t &* 8, as: UInt64.self))
                    }
                    for t in 16..<80 {
                        let x = w[t &- 15], y = w[t &- 2]
                        let sigma0 = x.rotatedRight(1) ^ x.rotatedRight(8) ^ (x &>> 7)
                        let sigma1 = y.rotatedRight(19) ^ y.rotatedRight(61) ^ (y &>> 6)
                        w[t] = sigma1 &+ w[t &- 7] &+ sigma0 &+ w[t &- 16]
                    }
                    var (a, b, c, d, e, f, g, h) = (s0, s1, s2, s3, s4, s5, s6, s7)
                    var previousAB = b ^ c
                    // Eight rounds per pass with the registers renamed in the calls, instead of shifted.
                    var t = 0
                    while t < 80 {
                        Self.round(a, b, c, &d, e, f, g, &h, k[t] &+ w[t], &previousAB)
                        Self.round(h, a, b, &c, d, e, f, &g, k[t &+ 1] &+ w[t &+ 1], &previousAB)
                        Self.round(g, h, a, &b, c, d, e, &f, k[t &+ 2] &+ w[t &+ 2], &previousAB)
                        Self.round(f, g, h, &a, b, c, d, &e, k[t &+ 3] &+ w[t &+ 3], &previousAB)
                        Self.round(e, f, g, &h, a, b, c, &d, k[t &+ 4] &+ w[t &+ 4], &previousAB)
                        Self.round(d, e, f, &g, h, a, b, &c, k[t &+ 5] &+ w[t &+ 5], &previousAB)
                        Self.round(c, d, e, &f, g, h, a, &b, k[t &+ 6] &+ w[t &+ 6], &previousAB)
                        Self.round(b, c, d, &e, f, g, h, &a, k[t &+ 7] &+ w[t &+ 7], &previousAB)
                        t &+= 8
                    }
                    s0 &+= a; s1 &+= b; s2 &+= c; s3 &+= d
                    s4 &+= e; s5 &+= f; s6 &+= g; s7 &+= h
                    offset &+= 128
                }
            }
        }
        (h0, h1, h2, h3, h4, h5, h6, h7) = (s0, s1, s2, s3, s4, s5, s6, s7)
    }

    /// One SHA-512 round: `d` and `h` receive the new `e` and `a`; the caller renames the rest.
    @inline(__always)
    private static func round(
        _ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: inout UInt64,
        _ e: UInt64, _ f: UInt64, _ g: UInt64, _ h: inout UInt64, _ constantPlusWord: UInt64,
        _ previousAB: inout UInt64
    ) {
        // Nested rotations need fewer register copies than three independent ones.
        let bigSigma1 = ((e.rotatedRight(23) ^ e).rotatedRight(4) ^ e).rotatedRight(14)
        let choose = g ^ (e & (f ^ g))
        let t1 = h &+ bigSigma1 &+ choose &+ constantPlusWord
        let bigSigma0 = ((a.rotatedRight(5) ^ a).rotatedRight(6) ^ a).rotatedRight(28)
        // Maj(a, b, c) = b ^ ((a ^ b) & (b ^ c)), and this round's b ^ c was the previous round's a ^ b.
        let ab = a ^ b
        let majority = b ^ (ab & previousAB)
        previousAB = ab
        d &+= t1
        h = t1 &+ bigSigma0 &+ majority
    }

    /// The first 64 bits of the fractional parts of the cube roots of the first 80 primes (FIPS 180-4 §4.2.3).
    private static let roundConstants: [UInt64] = [
        0x428A2F98D728AE22, 0x7137449123EF65CD, 0xB5C0FBCFEC4D3B2F, 0xE9B5DBA58189DBBC,
        0x3956C25BF348B538, 0x59F111F1B605D019, 0x923F82A4AF194F9B, 0xAB1C5ED5DA6D8118,
        0xD807AA98A3030242, 0x12835B0145706FBE, 0x243185BE4EE4B28C, 0x550C7DC3D5FFB4E2,
        0x72BE5D74F27B896F, 0x80DEB1FE3B1696B1, 0x9BDC06A725C71235, 0xC19BF174CF692694,
        0xE49B69C19EF14AD2, 0xEFBE4786384F25E3, 0x0FC19DC68B8CD5B5, 0x240CA1CC77AC9C65,
        0x2DE92C6F592B0275, 0x4A7484AA6EA6E483, 0x5CB0A9DCBD41FBD4, 0x76F988DA831153B5,
        0x983E5152EE66DFAB, 0xA831C66D2DB43210, 0xB00327C898FB213F, 0xBF597FC7BEEF0EE4,
        0xC6E00BF33DA88FC2, 0xD5A79147930AA725, 0x06CA6351E003826F, 0x142929670A0E6E70,
        0x27B70A8546D22FFC, 0x2E1B21385C26C926, 0x4D2C6DFC5AC42AED, 0x53380D139D95B3DF,
        0x650A73548BAF63DE, 0x766A0ABB3C77B2A8, 0x81C2C92E47EDAEE6, 0x92722C851482353B,
        0xA2BFE8A14CF10364, 0xA81A664BBC423001, 0xC24B8B70D0F89791, 0xC76C51A30654BE30,
        0xD192E819D6EF5218, 0xD69906245565A910, 0xF40E35855771202A, 0x106AA07032BBD1B8,
        0x19A4C116B8D2D0C8, 0x1E376C085141AB53, 0x2748774CDF8EEB99, 0x34B0BCB5E19B48A8,
        0x391C0CB3C5C95A63, 0x4ED8AA4AE3418ACB, 0x5B9CCA4F7763E373, 0x682E6FF3D6B2B8A3,
        0x748F82EE5DEFB2FC, 0x78A5636F43172F60, 0x84C87814A1F0AB72, 0x8CC702081A6439EC,
        0x90BEFFFA23631E28, 0xA4506CEBDE82BDE9, 0xBEF9A3F7B2C67915, 0xC67178F2E372532B,
        0xCA273ECEEA26619C, 0xD186B8C721C0C207, 0xEADA7DD6CDE0EB1E, 0xF57D4F7FEE6ED178,
        0x06F067AA72176FBA, 0x0A637DC5A2C898A6, 0x113F9804BEF90DAE, 0x1B710B35131C471B,
        0x28DB77F523047D84, 0x32CAAB7B40C72493, 0x3C9EBE0A15C9BEBC, 0x431D67C49C100D4C,
        0x4CC5D4BECB3E42B6, 0x597F299CFC657E2A, 0x5FCB6FAB3AD6FAEC, 0x6C44198C4A475817,
    ]
}
