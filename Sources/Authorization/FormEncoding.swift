/// Percent-encoding and `application/x-www-form-urlencoded` pair splitting as the signing algorithms need them.
enum FormEncoding {
    /// RFC 3986 §2.3 encoding: everything but `A–Z a–z 0–9 - . _ ~` becomes `%XX` of its UTF-8 bytes (uppercase hex).
    /// This is OAuth 1.0's and AWS's encoding.
    static func percentEncode(_ text: String, keepingSlash: Bool = false) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                output.append(byte)
            case UInt8(ascii: "/") where keepingSlash:
                output.append(byte)
            default:
                output += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes `%XX` sequences (and `+` as a space when `plusIsSpace`). Malformed escapes are kept as written.
    static func percentDecode(_ text: some StringProtocol, plusIsSpace: Bool = true) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count,
               let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(plusIsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// One `name=value` segment of a query or form body, kept with its original spelling.
    struct Pair: Equatable {
        /// The segment as written, for re-serializing untouched pairs.
        var raw: Substring
        var name: String
        /// Nil when the segment has no `=` (`?flag`).
        var value: String?
    }

    /// Splits on `&`, skipping empty segments, and decodes each side (`+` is a space).
    static func pairs(_ text: some StringProtocol) -> [Pair] {
        String(text).split(separator: "&", omittingEmptySubsequences: true).map { segment in
            if let equals = segment.firstIndex(of: "=") {
                return Pair(raw: segment, name: percentDecode(segment[..<equals]),
                            value: percentDecode(segment[segment.index(after: equals)...]))
            }
            return Pair(raw: segment, name: percentDecode(segment), value: nil)
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
