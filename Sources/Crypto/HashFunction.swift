/// A cryptographic hash that can be fed in pieces (`update`) and read at any point (`finalize`).
///
/// `finalize()` does not consume the hasher: it pads a copy of the state, so more input may follow and a later
/// `finalize()` covers everything fed so far. The one-shot `hash(_:)` is `update` followed by `finalize`.
package protocol HashFunction: Sendable {
    /// The size of one compression block in bytes (64 or 128); HMAC pads keys to it.
    static var blockByteCount: Int { get }
    /// The size of the digest in bytes.
    static var digestByteCount: Int { get }

    /// A hasher that has seen no input.
    init()

    /// Feeds raw bytes.
    mutating func update(bytes: UnsafeRawBufferPointer)

    /// The digest of everything fed so far.
    func finalize() -> [UInt8]
}

extension HashFunction {
    /// Feeds any byte sequence; contiguous storage (arrays, `Data`, native strings' UTF-8) is read in place.
    package mutating func update(_ bytes: some Sequence<UInt8>) {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            update(bytes: UnsafeRawBufferPointer(buffer))
        }
        if handled == nil {
            Array(bytes).withUnsafeBytes { update(bytes: $0) }
        }
    }

    /// Feeds the UTF-8 encoding of `string`.
    package mutating func update(_ string: String) {
        var string = string
        string.withUTF8 { update(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// The digest of `bytes`.
    package static func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var hasher = Self()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The digest of the UTF-8 encoding of `string`.
    package static func hash(_ string: String) -> [UInt8] {
        var hasher = Self()
        hasher.update(string)
        return hasher.finalize()
    }

    /// The digest of raw bytes.
    package static func hash(bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var hasher = Self()
        hasher.update(bytes: bytes)
        return hasher.finalize()
    }
}
