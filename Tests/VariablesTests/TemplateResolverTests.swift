import Foundation
import JSON
import Testing

@testable import Variables

@Suite struct TemplateResolverTests {
    private func resolver(_ values: [(String, JSONValue?)], seed: UInt64 = 7) -> TemplateResolver {
        var environment = VariableScope(kind: .environment)
        for (key, value) in values { environment.set(key, value) }
        let dynamic = DynamicVariables(
            random: SeededRandom(seed: seed), clock: FixedClock(secondsSince1970: 1_790_000_000.5))
        return TemplateResolver(chain: ScopeChain(environment: environment, dynamicVariables: dynamic))
    }

    @Test(arguments: [
        ("{{host}}/users/{{id}}", "api.test/users/42"),
        ("no tokens", "no tokens"),
        ("", ""),
        ("{{ host }}", "{{ host }}"),
        ("{{host}", "{{host}"),
        ("{host}}", "{host}}"),
        ("{{{host}}}", "{api.test}"),
        ("{{a{{host}}", "{{aapi.test"),
        ("{{}}", "{{}}"),
        ("{{empty}}|{{zero}}", "|0"),
        ("{{undef}}", ""),
        ("ünïcödé {{host}} ✓", "ünïcödé api.test ✓"),
        ("{{list}}", "1,2"),
    ])
    func substitutesLikeNewman(template: String, expected: String) {
        let resolver = resolver([
            ("host", .string("api.test")), ("id", .number(42)), ("empty", .string("")), ("zero", .number(0)),
            ("undef", nil), ("list", .array([.number(1), .number(2)])),
        ])
        #expect(resolver.resolve(template).text == expected)
        #expect(resolver.resolvedText(template) == expected)
    }

    @Test func spacedNameIsADifferentName() {
        let resolver = resolver([("who", .string("me")), (" who ", .string("spaced"))])
        #expect(resolver.resolve("{{who}} {{ who }}").text == "me spaced")
    }

    /// `v1` → `{{v2}}` → … → `v<depth>` → "end".
    private func chainResolver(depth: Int) -> TemplateResolver {
        var values: [(String, JSONValue?)] = []
        for level in 1..<depth { values.append(("v\(level)", .string("{{v\(level + 1)}}"))) }
        values.append(("v\(depth)", .string("end")))
        return resolver(values)
    }

    @Test func aChainOfNineteenResolves() {
        #expect(chainResolver(depth: 19).resolve("{{v1}}").text == "end")
    }

    @Test func theTwentiethIndirectionIsLeft() {
        let resolution = chainResolver(depth: 20).resolve("{{v1}}")
        #expect(resolution.text == "{{v20}}")
        #expect(
            resolution.unresolved == [
                UnresolvedVariable(name: "v20", reason: .nestingLimitReached, sourceRange: 0..<6, resolvedRange: 0..<7)
            ])
    }

    @Test func innerTokensResolveFirst() {
        let resolver = resolver([("k", .number(1)), ("outer_1", .string("inner-first"))])
        #expect(resolver.resolve("<{{outer_{{k}}}}>").text == "<inner-first>")
    }

    @Test func selfReferenceStopsAtTheLimit() {
        let resolution = resolver([("self", .string("{{self}}"))]).resolve("{{self}}")
        #expect(resolution.text == "{{self}}")
        #expect(resolution.unresolved.map(\.reason) == [.nestingLimitReached])
    }

    @Test func growingSelfReferenceRunsExactlyNineteenPasses() {
        let resolution = resolver([("a", .string("x{{a}}"))]).resolve("{{a}}")
        #expect(resolution.text == String(repeating: "x", count: 19) + "{{a}}")
    }

    @Test func unresolvedVariableIsReportedWithItsLocation() {
        let template = "{{base}}/p/{{missing}}?q={{ spaced }}"
        let resolution = resolver([("base", .string("http://h"))]).resolve(template)
        #expect(resolution.text == "http://h/p/{{missing}}?q={{ spaced }}")
        #expect(
            resolution.unresolved == [
                UnresolvedVariable(name: "missing", reason: .undefined, sourceRange: 11..<22, resolvedRange: 11..<22),
                UnresolvedVariable(name: " spaced ", reason: .undefined, sourceRange: 25..<37, resolvedRange: 25..<37),
            ])
        #expect(String(template[resolution.unresolved[0].sourceRange(in: template)]) == "{{missing}}")
    }

    @Test func locationIsCountedInCharactersForCarets() throws {
        let template = "é✓ {{nope}}"
        let unresolved = try #require(resolver([]).resolve(template).unresolved.first)
        #expect(unresolved.sourceRange == 6..<14)
        #expect(unresolved.characterRange(in: template) == 3..<11)
    }

    @Test func tokenProducedByASubstitutionPointsAtTheTokenThatProducedIt() {
        let template = "x/{{a}}/y"
        let resolution = resolver([("a", .string("pre-{{b}}"))]).resolve(template)
        #expect(resolution.text == "x/pre-{{b}}/y")
        #expect(
            resolution.unresolved == [
                UnresolvedVariable(name: "b", reason: .undefined, sourceRange: 2..<7, resolvedRange: 6..<11)
            ])
    }

    @Test func composedTokenPointsAtTheWholeComposite() {
        let template = "a {{outer_{{k}}}} b"
        let resolution = resolver([("k", .number(2))]).resolve(template)
        #expect(resolution.text == "a {{outer_2}} b")
        #expect(resolution.unresolved.map(\.name) == ["outer_2"])
        #expect(resolution.unresolved.map(\.sourceRange) == [2..<17])
    }

    @Test func nullInDataRowIsReportedAsSuch() {
        let chain = ScopeChain(iterationData: VariableScope(kind: .iterationData, object: ["id": .null]))
        let resolution = TemplateResolver(chain: chain).resolve("/{{id}}")
        #expect(resolution.text == "/{{id}}")
        #expect(resolution.unresolved.map(\.reason) == [.nullInIterationData])
    }

    @Test func twoGuidsInOneStringDiffer() throws {
        let text = resolver([]).resolve("{{$guid}} {{$guid}}").text
        let parts = text.split(separator: " ")
        try #require(parts.count == 2)
        #expect(parts[0] != parts[1])
        #expect(!text.contains("{{"))
    }

    @Test func userVariableNamedLikeADynamicOneShadowsIt() {
        #expect(resolver([("$guid", .string("fixed"))]).resolve("{{$guid}}").text == "fixed")
    }

    @Test func unknownDollarNameStaysUnresolved() {
        let resolution = resolver([]).resolve("{{$nope}}")
        #expect(resolution.text == "{{$nope}}")
        #expect(resolution.unresolved.map(\.reason) == [.undefined])
    }

    @Test func bracesAroundASubstitutedValueFormANewToken() {
        let resolution = resolver([("a", .string("{b}"))]).resolve("{{{a}}}")
        #expect(resolution.text == "{{b}}")
        #expect(resolution.unresolved.map(\.name) == ["b"])
    }

    @Test func longUnclosedInputFinishes() {
        let template = String(repeating: "{{a", count: 20_000)
        #expect(resolver([]).resolve(template).text == template)
    }
}
