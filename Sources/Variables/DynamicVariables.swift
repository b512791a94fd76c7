import Foundation

/// Postman's 118 dynamic variables (`{{$guid}}`, `{{$timestamp}}`, `{{$randomEmail}}`, …), generated from an
/// injected random source and clock.
///
/// `$guid`, `$randomUUID`, `$timestamp`, `$isoTimestamp`, `$randomInt` and `$randomBoolean` have Newman's exact
/// formats; the faker-style ones give plausible values from Postie's own small word lists.
package struct DynamicVariables: Sendable {
    typealias Generator = @Sendable (DynamicVariables) -> String

    package let random: any RandomSource
    package let clock: any WallClock

    package init(random: any RandomSource, clock: any WallClock) {
        self.random = random
        self.clock = clock
    }

    /// Every dynamic variable name, `$` included, in the order Postman declares them.
    package static let names: [String] = generators.map(\.name)

    private static let generatorsByName: [String: Generator] = Dictionary(
        generators.map { ($0.name, $0.generate) }, uniquingKeysWith: { first, _ in first })

    /// Whether `name` (with its `$`) is a dynamic variable.
    package static func isDynamic(_ name: String) -> Bool {
        name.hasPrefix("$") && generatorsByName[name] != nil
    }

    /// A freshly generated value for `name`, or `nil` if it is not a dynamic variable.
    package func value(for name: String) -> String? {
        guard name.hasPrefix("$"), let generate = Self.generatorsByName[name] else { return nil }
        return generate(self)
    }
}

// Building blocks shared by the generators.
extension DynamicVariables {
    func pick(_ items: [String]) -> String {
        random.pick(items)
    }

    func number(_ range: ClosedRange<Int>) -> Int {
        random.int(in: range)
    }

    /// `count` random decimal digits.
    func digits(_ count: Int) -> String {
        String((0..<count).map { _ in Character(String(number(0...9))) })
    }

    /// `count` random lowercase hexadecimal digits.
    func hexDigits(_ count: Int) -> String {
        String((0..<count).map { _ in Character(String(number(0...15), radix: 16)) })
    }

    /// `count` characters drawn from `alphabet`.
    func characters(_ count: Int, from alphabet: String) -> String {
        let characters = Array(alphabet)
        return String((0..<count).map { _ in random.pick(characters, orElse: "x") })
    }

    /// A version 4 UUID in lowercase, as `uuid.v4()` prints it.
    func uuidV4() -> String {
        let high = random.nextUInt64()
        let low = random.nextUInt64()
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<8 {
            bytes[index] = UInt8(truncatingIfNeeded: high >> (8 * UInt64(index)))
            bytes[index + 8] = UInt8(truncatingIfNeeded: low >> (8 * UInt64(index)))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hexDigits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The clock's time in whole milliseconds, like `Date.now()`.
    var nowMilliseconds: Int64 {
        JavaScriptDateFormatter.milliseconds(since1970: clock.now)
    }

    /// `Date.toString()` of an instant `offset` milliseconds from now.
    func dateString(offsetMilliseconds offset: Int64) -> String {
        let milliseconds = nowMilliseconds + offset
        return JavaScriptDateFormatter.dateString(Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }

    func capitalized(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }

    func loremSentence() -> String {
        let words = (0..<number(3...10)).map { _ in pick(FakeWords.loremWords) }
        return capitalized(words.joined(separator: " ")) + "."
    }

    func loremSentences(_ count: Int) -> String {
        (0..<count).map { _ in loremSentence() }.joined(separator: " ")
    }

    func loremParagraph() -> String {
        loremSentences(3 + number(0...3))
    }

    func firstName() -> String { pick(FakeWords.firstNames) }
    func lastName() -> String { pick(FakeWords.lastNames) }

    func fileExtension() -> String {
        pick(FakeWords.mimeTypes.flatMap(\.extensions))
    }

    /// Words in lowercase joined with underscores, like faker's file names.
    func fileStem() -> String {
        (0..<number(1...3)).map { _ in pick(FakeWords.loremWords) }.joined(separator: "_")
    }

    func domainWord() -> String {
        pick(FakeWords.lastNames + FakeWords.firstNames).lowercased()
    }

    func domainName() -> String {
        domainWord() + "." + pick(FakeWords.domainSuffixes)
    }

    func userName() -> String {
        switch number(0...2) {
        case 0: firstName() + String(number(1...99))
        case 1: firstName() + pick([".", "_"]) + lastName()
        default: firstName() + pick([".", "_"]) + lastName() + String(number(1...99))
        }
    }

    func coordinate(limit: Int) -> String {
        // Four decimals, like faker's latitude()/longitude().
        let tenThousandths = number((-limit * 10_000)...(limit * 10_000))
        let sign = tenThousandths < 0 ? "-" : ""
        let magnitude = abs(tenThousandths)
        let fraction = String(magnitude % 10_000)
        return sign + String(magnitude / 10_000) + "." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }

    /// An IBAN whose check digits are valid (ISO 13616, mod 97).
    func iban() -> String {
        let letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        let (country, bban): (String, String) =
            switch number(0...3) {
            case 0: ("DE", digits(18))
            case 1: ("GB", characters(4, from: letters) + digits(14))
            case 2: ("NL", characters(4, from: letters) + digits(10))
            default: ("FR", digits(23))
            }
        var remainder = 0
        for character in (bban + country + "00") {
            let value = character.wholeNumberValue ?? (Int(character.asciiValue ?? 65) - 55)
            for digit in String(value) {
                remainder = (remainder * 10 + (digit.wholeNumberValue ?? 0)) % 97
            }
        }
        let check = 98 - remainder
        return country + (check < 10 ? "0" : "") + String(check) + bban
    }
}
