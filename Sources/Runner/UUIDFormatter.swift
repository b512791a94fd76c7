import Variables

/// Version-4 UUIDs drawn from the run's random source, so `--seed` reproduces them.
enum UUIDFormatter {
    static func version4(using random: any RandomSource) -> String {
        var bytes = [UInt8](repeating: 0, count: 16)
        let high = random.nextUInt64(), low = random.nextUInt64()
        for index in 0..<8 {
            bytes[index] = UInt8(truncatingIfNeeded: high >> (8 * index))
            bytes[index + 8] = UInt8(truncatingIfNeeded: low >> (8 * index))
        }
        bytes[6] = bytes[6] & 0x0F | 0x40
        bytes[8] = bytes[8] & 0x3F | 0x80
        let hex = bytes.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }
        return [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]].map { $0.joined() }.joined(separator: "-")
    }
}
