import Authorization
import Foundation

extension SigningContext {
    /// A context whose clock stands at `seconds` after the epoch, whose random strings are `filler` repeated and
    /// whose random bytes are `byte` repeated.
    static func fixed(
        seconds: TimeInterval, filler: Character = "x", uuid: String = "00000000-0000-0000-0000-000000000000", byte: UInt8 = 0xAA
    ) -> SigningContext {
        SigningContext(
            now: { Date(timeIntervalSince1970: seconds) },
            randomString: { length, _ in String(repeating: filler, count: length) },
            uuid: { uuid },
            randomBytes: { count in [UInt8](repeating: byte, count: count) }
        )
    }
}

