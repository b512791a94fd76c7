/// HMAC (RFC 2104) over any `HashFunction`, streaming like the hash itself.
///
/// The padded inner and outer keys are absorbed once at `init`, so `finalize()` costs two hash finalizations and
/// a copy of the state; PBKDF2 relies on that.
package struct HMAC<H: HashFunction>: Sendable {
    private var inner: H
    private let outer: H

    /// A MAC keyed with `key`; keys longer than the hash's block are hashed first, as RFC 2104 says.
    package init(key: some Sequence<UInt8>) {
        var block = Array(key)
        if block.count > H.blockByteCount {
            block = H.hash(block)
        }
        block.append(contentsOf: repeatElement(0, count: H.blockByteCount - block.count))
        var inner = H()
        inner.update(block.map { $0 ^ 0x36 })
        var outer = H()
        outer.update(block.map { $0 ^ 0x5C })
        self.inner = inner
        self.outer = outer
    }

    /// A MAC keyed with the UTF-8 encoding of `key`.
    package init(key: String) {
        self.init(key: Array(key.utf8))
    }

    package mutating func update(bytes: UnsafeRawBufferPointer) {
        inner.update(bytes: bytes)
    }

    package mutating func update(_ bytes: some Sequence<UInt8>) {
        inner.update(bytes)
    }

    package mutating func update(_ string: String) {
        inner.update(string)
    }

    /// The MAC of everything fed so far; more input may follow.
    package func finalize() -> [UInt8] {
        var outer = outer
        outer.update(inner.finalize())
        return outer.finalize()
    }

    /// The MAC of `message` under `key`.
    package static func authenticationCode(for message: some Sequence<UInt8>, key: some Sequence<UInt8>) -> [UInt8] {
        var mac = HMAC(key: key)
        mac.update(message)
        return mac.finalize()
    }

    /// The MAC of the UTF-8 encoding of `message` under the UTF-8 encoding of `key`.
    package static func authenticationCode(for message: String, key: String) -> [UInt8] {
        var mac = HMAC(key: key)
        mac.update(message)
        return mac.finalize()
    }
}
