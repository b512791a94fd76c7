/// AES's S-boxes and round lookup tables, computed once from GF(2⁸) arithmetic rather than typed in, so no
/// constant can be mistyped.
struct AESTables: Sendable {
    static let shared = AESTables()

    let sBox: [UInt8]
    let inverseSBox: [UInt8]
    /// `te0[x]` is the MixColumns column for S(x) in row 0; te1…te3 are its byte rotations.
    let te0: [UInt32], te1: [UInt32], te2: [UInt32], te3: [UInt32]
    /// The same for the inverse cipher: InvMixColumns of InvS(x).
    let td0: [UInt32], td1: [UInt32], td2: [UInt32], td3: [UInt32]

    private init() {
        var sBox = [UInt8](repeating: 0, count: 256)
        var inverseSBox = [UInt8](repeating: 0, count: 256)
        for value in 0..<256 {
            let inverse = value == 0 ? 0 : Self.inverse(UInt8(value))
            // The affine transformation of FIPS-197 §5.1.1.
            var result = inverse
            for shift in 1...4 { result ^= inverse << shift | inverse >> (8 - shift) }
            result ^= 0x63
            sBox[value] = result
            inverseSBox[Int(result)] = UInt8(value)
        }
        var te0 = [UInt32](repeating: 0, count: 256)
        var td0 = [UInt32](repeating: 0, count: 256)
        for value in 0..<256 {
            let s = sBox[value]
            te0[value] =
                UInt32(Self.multiply(s, 2)) << 24 | UInt32(s) << 16 | UInt32(s) << 8 | UInt32(Self.multiply(s, 3))
            let i = inverseSBox[value]
            td0[value] =
                UInt32(Self.multiply(i, 14)) << 24 | UInt32(Self.multiply(i, 9)) << 16
                | UInt32(Self.multiply(i, 13)) << 8 | UInt32(Self.multiply(i, 11))
        }
        func rotated(_ table: [UInt32], by bits: UInt32) -> [UInt32] {
            table.map { $0 >> bits | $0 << (32 - bits) }
        }
        self.sBox = sBox
        self.inverseSBox = inverseSBox
        self.te0 = te0
        te1 = rotated(te0, by: 8)
        te2 = rotated(te0, by: 16)
        te3 = rotated(te0, by: 24)
        self.td0 = td0
        td1 = rotated(td0, by: 8)
        td2 = rotated(td0, by: 16)
        td3 = rotated(td0, by: 24)
    }

    /// SubWord: the S-box applied to each byte.
    func substituteWord(_ word: UInt32) -> UInt32 {
        UInt32(sBox[Int(word >> 24)]) << 24 | UInt32(sBox[Int(word >> 16 & 0xFF)]) << 16
            | UInt32(sBox[Int(word >> 8 & 0xFF)]) << 8 | UInt32(sBox[Int(word & 0xFF)])
    }

    /// InvMixColumns of one column, for the decryption key schedule: Td(S(x)) undoes the S-box Td includes.
    func inverseMixColumn(_ word: UInt32) -> UInt32 {
        td0[Int(sBox[Int(word >> 24)])] ^ td1[Int(sBox[Int(word >> 16 & 0xFF)])]
            ^ td2[Int(sBox[Int(word >> 8 & 0xFF)])] ^ td3[Int(sBox[Int(word & 0xFF)])]
    }

    /// xtime: multiplication by x (2) in GF(2⁸), on a round constant kept in a word's low byte.
    static func double(_ value: UInt32) -> UInt32 {
        value & 0x80 != 0 ? (value << 1 ^ 0x11B) & 0xFF : value << 1
    }

    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        var a = a, b = b, product: UInt8 = 0
        while b != 0 {
            if b & 1 != 0 { product ^= a }
            a = a & 0x80 != 0 ? (a << 1) ^ 0x1B : a << 1
            b >>= 1
        }
        return product
    }

    /// The multiplicative inverse in GF(2⁸): a²⁵⁴.
    private static func inverse(_ value: UInt8) -> UInt8 {
        var result: UInt8 = 1
        var base = value
        var exponent = 254
        while exponent > 0 {
            if exponent & 1 != 0 { result = multiply(result, base) }
            base = multiply(base, base)
            exponent >>= 1
        }
        return result
    }
}
