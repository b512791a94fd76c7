import Foundation
import Testing

@testable import Variables

/// JavaScript's `Date.prototype.toString()` in UTC.
private let dateStringPattern =
    #"^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) [A-Z][a-z]{2} [0-9]{2} [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} "#
    + #"GMT\+0000 \(Coordinated Universal Time\)$"#

@Suite struct DynamicVariablesTests {
    /// 2026-11-28T10:00:00.123Z
    static let instant = 1_795_860_000.123
    private func generator(seed: UInt64 = 42) -> DynamicVariables {
        DynamicVariables(random: SeededRandom(seed: seed), clock: FixedClock(secondsSince1970: Self.instant))
    }

    @Test func thereAreExactly118NamesAndNoDuplicates() {
        #expect(DynamicVariables.names.count == 118)
        #expect(Set(DynamicVariables.names).count == 118)
        #expect(DynamicVariables.names.first == "$guid")
        #expect(DynamicVariables.names.last == "$randomSemver")
    }

    @Test(arguments: DynamicVariables.names)
    func everyDynamicVariableResolves(name: String) throws {
        let resolver = TemplateResolver(chain: ScopeChain(dynamicVariables: generator()))
        let resolution = resolver.resolve("{{\(name)}}")
        #expect(resolution.unresolved.isEmpty)
        #expect(!resolution.text.isEmpty)
        #expect(!resolution.text.contains("{{"))
        #expect(DynamicVariables.isDynamic(name))
    }

    @Test(arguments: [
        ("$guid", #"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"#),
        ("$randomUUID", #"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"#),
        ("$timestamp", #"^[0-9]{10}$"#),
        ("$isoTimestamp", #"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z$"#),
        ("$randomInt", #"^(0|[1-9][0-9]{0,2}|1000)$"#),
        ("$randomBoolean", #"^(true|false)$"#),
        ("$randomPhoneNumber", #"^[2-9][0-9]{2}-[2-9][0-9]{2}-[0-9]{4}$"#),
        ("$randomPhoneNumberExt", #"^[0-9]{1,2}-[0-9]{3}-[0-9]{3}-[0-9]{4}$"#),
        ("$randomCreditCardMask", #"^[0-9]{4}$"#),
        ("$randomBankAccount", #"^[0-9]{8}$"#),
        ("$randomPrice", #"^[0-9]{3}\.[0-9]{2}$"#),
        ("$randomIP", #"^([0-9]{1,3}\.){3}[0-9]{1,3}$"#),
        ("$randomIPV6", #"^([0-9a-f]{4}:){7}[0-9a-f]{4}$"#),
        ("$randomMACAddress", #"^([0-9a-f]{2}:){5}[0-9a-f]{2}$"#),
        ("$randomHexColor", #"^#[0-9a-f]{6}$"#),
        ("$randomPassword", #"^\w{15}$"#),
        ("$randomAlphaNumeric", #"^[0-9a-z]$"#),
        ("$randomSemver", #"^[0-9]\.[0-9]\.[0-9]$"#),
        ("$randomLatitude", #"^-?[0-9]{1,2}\.[0-9]{4}$"#),
        ("$randomLongitude", #"^-?[0-9]{1,3}\.[0-9]{4}$"#),
        ("$randomEmail", #"^[A-Za-z._0-9]+@[a-z.]+$"#),
        ("$randomExampleEmail", #"^[A-Za-z._0-9]+@example\.(com|net|org)$"#),
        ("$randomUrl", #"^https?://[a-z]+\.[a-z]+$"#),
        ("$randomDatePast", dateStringPattern),
        ("$randomDateFuture", dateStringPattern),
        ("$randomDateRecent", dateStringPattern),
    ])
    func formatsMatch(name: String, pattern: String) throws {
        let regex = try Regex(pattern)
        for seed in UInt64(0)..<50 {
            let value = try #require(generator(seed: seed).value(for: name))
            #expect(value.wholeMatch(of: regex) != nil, "\(name) gave \(value)")
        }
    }

    @Test func timestampIsUnixSecondsRoundedHalfUp() {
        let clock = { (seconds: Double) in
            DynamicVariables(random: SeededRandom(seed: 0), clock: FixedClock(secondsSince1970: seconds))
        }
        #expect(clock(1_795_860_000.123).value(for: "$timestamp") == "1795860000")
        #expect(clock(1_795_860_000.5).value(for: "$timestamp") == "1795860001")
        #expect(clock(1_795_860_000.499).value(for: "$timestamp") == "1795860000")
    }

    @Test func isoTimestampHasMillisecondsAndZ() {
        #expect(generator().value(for: "$isoTimestamp") == "2026-11-28T10:00:00.123Z")
    }

    @Test func recentDateIsWithinTheLastDay() throws {
        let text = try #require(generator().value(for: "$randomDateRecent"))
        #expect(text.hasPrefix("Sat Nov 28 2026") || text.hasPrefix("Fri Nov 27 2026"))
    }

    @Test func randomIntCoversBothEnds() {
        let dynamic = generator(seed: 3)
        let values = Set((0..<20_000).compactMap { _ in dynamic.value(for: "$randomInt").flatMap { Int($0) } })
        #expect(values.contains(0))
        #expect(values.contains(1000))
        #expect(values.allSatisfy { (0...1000).contains($0) })
    }

    @Test func randomBooleanGivesBothValues() {
        let dynamic = generator(seed: 5)
        let values = Set((0..<64).compactMap { _ in dynamic.value(for: "$randomBoolean") })
        #expect(values == ["true", "false"])
    }

    @Test func sameSeedReproducesEveryValue() {
        let first = generator(seed: 99)
        let second = generator(seed: 99)
        for name in DynamicVariables.names {
            #expect(first.value(for: name) == second.value(for: name), "\(name)")
        }
    }

    @Test func seededRunIsReproducibleThroughTheResolver() {
        let template = "{{$guid}}/{{$randomInt}}/{{$randomFullName}}/{{$randomWords}}"
        let run = { (seed: UInt64) in
            TemplateResolver(chain: ScopeChain(dynamicVariables: generator(seed: seed))).resolve(template).text
        }
        #expect(run(1) == run(1))
        #expect(run(1) != run(2))
    }

    @Test func ibanCheckDigitsAreValid() throws {
        let dynamic = generator(seed: 11)
        for _ in 0..<20 {
            let iban = try #require(dynamic.value(for: "$randomBankAccountIban"))
            let rearranged = iban.dropFirst(4) + iban.prefix(4)
            var remainder = 0
            for character in rearranged {
                let value = character.wholeNumberValue ?? (Int(character.asciiValue ?? 0) - 55)
                for digit in String(value) { remainder = (remainder * 10 + (digit.wholeNumberValue ?? 0)) % 97 }
            }
            #expect(remainder == 1, "\(iban)")
        }
    }

    @Test func nonDynamicNamesGiveNothing() {
        #expect(generator().value(for: "guid") == nil)
        #expect(generator().value(for: "$unknown") == nil)
        #expect(!DynamicVariables.isDynamic("guid"))
    }
}
