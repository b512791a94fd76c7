/// The compression function of a Merkle–Damgård hash: it owns the chaining state and eats whole blocks.
protocol BlockCompressor: Sendable {
    /// 64 for MD4/MD5/SHA-1/SHA-256, 128 for SHA-512.
    static var blockByteCount: Int { get }
    /// Whether the message length in the final block is big-endian (SHA) or little-endian (MD4/MD5).
    static var lengthIsBigEndian: Bool { get }

    /// Processes `blocks`, whose count is a whole multiple of `blockByteCount`.
    mutating func compress(_ blocks: UnsafeRawBufferPointer)

    /// The chaining state serialized in the hash's byte order.
    var stateBytes: [UInt8] { get }
}

/// Buffers partial blocks for a `BlockCompressor` and applies the final padding and length.
struct BlockHasher<Compressor: BlockCompressor>: Sendable {
    private var compressor: Compressor
    private var pending: [UInt8]
    private var byteCount: UInt64 = 0

    init(_ compressor: Compressor) {
        self.compressor = compressor
        pending = []
        pending.reserveCapacity(Compressor.blockByteCount)
    }

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        let blockByteCount = Compressor.blockByteCount
        byteCount &+= UInt64(bytes.count)
        var offset = 0
        if !pending.isEmpty {
            let take = min(blockByteCount - pending.count, bytes.count)
            pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[0..<take]))
            offset = take
            guard pending.count == blockByteCount else { return }
            pending.withUnsafeBytes { compressor.compress($0) }
            pending.removeAll(keepingCapacity: true)
        }
        let remaining = bytes.count - offset
        let whole = remaining - remaining % blockByteCount
        if whole > 0 {
            compressor.compress(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + whole)]))
            offset += whole
        }
        if offset < bytes.count {
            pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[offset...]))
        }
    }

    /// The compressor after padding a copy of the input: `0x80`, zeros, then the bit length.
    func finalized() -> Compressor {
        var copy = self
        let blockByteCount = Compressor.blockByteCount
        // SHA-384/512 carry a 128-bit length; the others 64-bit.
        let lengthByteCount = blockByteCount == 128 ? 16 : 8
        var tail: [UInt8] = [0x80]
        let used = (pending.count + 1) % blockByteCount
        let zeros = (blockByteCount - lengthByteCount - used + blockByteCount) % blockByteCount
        tail.append(contentsOf: repeatElement(0, count: zeros))
        let lowBits = byteCount &<< 3
        let highBits = byteCount >> 61
        var length: [UInt8] = []
        if Compressor.lengthIsBigEndian {
            if lengthByteCount == 16 {
                length += (0..<8).reversed().map { UInt8(truncatingIfNeeded: highBits >> (UInt64($0) * 8)) }
            }
            length += (0..<8).reversed().map { UInt8(truncatingIfNeeded: lowBits >> (UInt64($0) * 8)) }
        } else {
            length += (0..<8).map { UInt8(truncatingIfNeeded: lowBits >> (UInt64($0) * 8)) }
        }
        tail += length
        tail.withUnsafeBytes { copy.update($0) }
        return copy.compressor
    }
}
