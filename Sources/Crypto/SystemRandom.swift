#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The operating system's cryptographically secure random source: `arc4random_buf` on Darwin, `/dev/urandom`
/// on Linux (Glibc's module doesn't export `getrandom(2)`, and the device reads the same kernel pool).
package struct SystemRandom: RandomNumberGenerator, Sendable {
    package init() {}

    /// Fills `buffer` with random bytes.
    package static func fill(_ buffer: UnsafeMutableRawBufferPointer) throws(CryptoError) {
        guard !buffer.isEmpty else { return }
        #if canImport(Darwin)
        if let base = buffer.baseAddress { arc4random_buf(base, buffer.count) }
        #else
        try fillFromDevice(buffer)
        #endif
    }

    /// `count` random bytes.
    package static func bytes(count: Int) throws(CryptoError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: max(0, count))
        var failure: CryptoError?
        bytes.withUnsafeMutableBytes { buffer in
            do throws(CryptoError) {
                try fill(buffer)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return bytes
    }

    /// A random 64-bit value. `RandomNumberGenerator` can't throw, so a failing system source falls back to the
    /// standard library's generator, which reads the same kernel source through its own path.
    package mutating func next() -> UInt64 {
        var value: UInt64 = 0
        do {
            try withUnsafeMutableBytes(of: &value) { buffer throws(CryptoError) in try Self.fill(buffer) }
        } catch {
            var fallback = SystemRandomNumberGenerator()
            value = fallback.next()
        }
        return value
    }

    #if !canImport(Darwin)
    private static func fillFromDevice(_ buffer: UnsafeMutableRawBufferPointer) throws(CryptoError) {
        let descriptor = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .randomSourceFailed(errno: errno) }
        defer { close(descriptor) }
        guard let base = buffer.baseAddress else { return }
        var filled = 0
        while filled < buffer.count {
            let result = read(descriptor, base + filled, buffer.count - filled)
            if result > 0 {
                filled += result
            } else if result < 0, errno == EINTR {
                continue
            } else {
                throw .randomSourceFailed(errno: result < 0 ? errno : 0)
            }
        }
    }
    #endif
}
