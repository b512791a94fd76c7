import Crypto
import Foundation

/// The clock and randomness a signature depends on, injected so tests can fix them.
package struct SigningContext: Sendable {
    /// The current time.
    package var now: @Sendable () -> Date
    /// `length` random characters from `alphabet` (nonces, client nonces).
    package var randomString: @Sendable (_ length: Int, _ alphabet: String) -> String
    /// A random UUID string in lowercase, as EdgeGrid nonces are.
    package var uuid: @Sendable () -> String
    /// `count` random bytes (NTLM's client challenge).
    package var randomBytes: @Sendable (_ count: Int) -> [UInt8]

    package init(
        now: @escaping @Sendable () -> Date,
        randomString: @escaping @Sendable (_ length: Int, _ alphabet: String) -> String,
        uuid: @escaping @Sendable () -> String,
        randomBytes: @escaping @Sendable (_ count: Int) -> [UInt8]
    ) {
        self.now = now
        self.randomString = randomString
        self.uuid = uuid
        self.randomBytes = randomBytes
    }

    /// The system clock and the operating system's CSPRNG.
    package static let live = SigningContext(
        now: { Date() },
        randomString: { length, alphabet in
            let characters = Array(alphabet)
            guard !characters.isEmpty else { return "" }
            var generator = SystemRandom()
            return String((0..<max(0, length)).map { _ in characters[Int.random(in: 0..<characters.count, using: &generator)] })
        },
        uuid: { UUID().uuidString.lowercased() },
        randomBytes: { count in
            var generator = SystemRandom()
            return (0..<max(0, count)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        }
    )

    /// Letters and digits, the alphabet of most nonces.
    package static let alphanumerics = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
}
