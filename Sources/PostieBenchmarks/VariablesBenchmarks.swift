import Foundation
import JSON
import Variables

/// Measures `TemplateResolver` against a straightforward NSRegularExpression resolver over the same strings.
enum VariablesBenchmarks {
    static func run() {
        var environment = VariableScope(kind: .environment)
        for index in 0..<200 { environment.set("var\(index)", .string("value-\(index)")) }
        environment.set("baseUrl", .string("http://127.0.0.1:8080"))
        environment.set("nested", .string("{{baseUrl}}/v1"))
        let chain = ScopeChain(
            environment: environment,
            dynamicVariables: DynamicVariables(random: SeededRandom(seed: 1), clock: SystemClock()))
        let resolver = TemplateResolver(chain: chain)
        let baseline = RegexResolver(chain: chain)

        let cases: [(String, [String])] = [
            ("plain strings (no tokens)", (0..<2_000).map { "application/json; charset=utf-8 #\($0)" }),
            (
                "URLs with 3 tokens",
                (0..<2_000).map { "{{baseUrl}}/users/{{var\($0 % 200)}}?q={{var\(($0 + 1) % 200)}}" }
            ),
            ("nested + dynamic", (0..<2_000).map { "{{nested}}/items/{{$guid}}/{{missing\($0)}}" }),
        ]
        print("Variables: TemplateResolver vs NSRegularExpression baseline (same run)")
        for (name, templates) in cases {
            let rounds = 50
            let ours = measure(rounds: rounds) { for template in templates { _ = resolver.resolve(template) } }
            let theirs = measure(rounds: rounds) { for template in templates { _ = baseline.resolve(template) } }
            let count = Double(templates.count * rounds)
            print(
                "  \(name): \(Int(count / ours)) strings/s, baseline \(Int(count / theirs)) strings/s, "
                    + "speed-up ×\(String(format: "%.1f", theirs / ours))")
        }
    }

    private static func measure(rounds: Int, _ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        let elapsed = clock.measure { for _ in 0..<rounds { body() } }
        let parts = elapsed.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}

/// The obvious implementation: Newman's regex, applied pass by pass.
private struct RegexResolver {
    let chain: ScopeChain
    // The pattern is a constant, so this cannot fail.
    let regex = try? NSRegularExpression(pattern: "\\{\\{([^{}]*?)\\}\\}")

    func resolve(_ template: String) -> String {
        guard let regex else { return template }
        var text = template
        for _ in 0..<TemplateResolver.passLimit {
            let matches = regex.matches(in: text, range: NSRange(text.startIndex..., in: text))
            var replaced = false
            for match in matches.reversed() {
                guard let whole = Range(match.range, in: text), let name = Range(match.range(at: 1), in: text),
                    let value = chain.value(for: String(text[name]))
                else { continue }
                text.replaceSubrange(whole, with: value)
                replaced = true
            }
            if !replaced { break }
        }
        return text
    }
}
