import Foundation
import JavaScriptInterpreter
import PostmanSandbox
import Variables

/// What the shipped script libraries cost a run: the first `require` or use of each in a fresh sandbox, as the
/// time beyond the same script without it, and a JSON Schema validation of a 100 KB document.
enum LibraryBenchmarks {
    /// One measurement: `script` against `baseline`, both in a fresh sandbox each time.
    struct Case {
        let name: String
        let target: String
        let baseline: String
        let script: String
    }

    static let cases: [Case] = [
        Case(name: "touching no library (sandbox start-up)", target: "the floor", baseline: "", script: "var x = 1;"),
        Case(name: "require('lodash') + _.get", target: "≤ 2 ms", baseline: "var o = { a: { b: 1 } };",
             script: "var o = { a: { b: 1 } }; require('lodash').get(o, 'a.b');"),
        Case(name: "global _ (lodash 3) + _.find", target: "≤ 2 ms", baseline: "var a = [1, 2];",
             script: "var a = [1, 2]; _.find(a, function (x) { return x > 1; });"),
        Case(name: "require('moment') + format", target: "≤ 2 ms", baseline: "var d = 1;",
             script: "var d = require('moment')().add(1, 'day').format('YYYY-MM-DDTHH:mm:ss');"),
        Case(name: "CryptoJS first use (HmacSHA256, Base64)", target: "≤ 2 ms", baseline: "var k = 'key';",
             script: "var k = 'key'; CryptoJS.HmacSHA256('message', k).toString(CryptoJS.enc.Base64);"),
        Case(name: "require('uuid').v4()", target: "—", baseline: "var u;", script: "var u = require('uuid').v4();"),
        Case(name: "tv4.validate (small)", target: "—", baseline: "var d = { id: 1 };",
             script: "var d = { id: 1 }; tv4.validate(d, { type: 'object', required: ['id'] });"),
        Case(name: "ajv validate 100 KB, 50-keyword schema", target: "≤ 5 ms", baseline: schemaSetup,
             script: schemaSetup + "new (require('ajv'))({ allErrors: true }).validate(schema, doc);"),
    ]

    /// A 100 KB array of records and a schema with 50 keywords.
    static let schemaSetup = """
        var doc = [];
        for (var i = 0; i < 700; i++) doc.push({ id: i, name: 'item ' + i, email: 'user' + i + '@example.com',
          price: i * 1.5, tags: ['a', 'b'], active: i % 2 === 0, created: '2024-01-02T03:04:05Z' });
        var schema = { type: 'array', minItems: 1, maxItems: 10000, items: { type: 'object',
          required: ['id', 'name', 'email', 'price', 'tags', 'active', 'created'], additionalProperties: false,
          properties: {
            id: { type: 'integer', minimum: 0, maximum: 1000000, multipleOf: 1 },
            name: { type: 'string', minLength: 1, maxLength: 100, pattern: '^item [0-9]+$' },
            email: { type: 'string', format: 'email', minLength: 3, maxLength: 254 },
            price: { type: 'number', minimum: 0, exclusiveMaximum: 1000000 },
            tags: { type: 'array', items: { type: 'string', enum: ['a', 'b', 'c'] }, uniqueItems: true, minItems: 0, maxItems: 10 },
            active: { type: 'boolean' },
            created: { type: 'string', format: 'date-time', minLength: 20 } } } };

        """

    static func run() {
        print("Script libraries: extra time for a script that uses one, in a fresh sandbox (median of 15)")
        for test in cases {
            let startUp = test.baseline.isEmpty
            guard let base = median(test.baseline, countsStartUp: startUp), let used = median(test.script, countsStartUp: startUp)
            else {
                print("  \(test.name): failed")
                continue
            }
            let extra = startUp ? used : used - base
            print("  \(test.name): \(String(format: "%.2f", extra * 1000)) ms (target \(test.target))")
        }
    }

    /// Median seconds to run `script` in a new sandbox, creating the sandbox included only if `countsStartUp`.
    static func median(_ script: String, countsStartUp: Bool = false) -> Double? {
        var samples: [Double] = []
        for _ in 0..<15 {
            let start = ContinuousClock.now
            let sandbox = Sandbox(limits: ExecutionLimits(timeoutMilliseconds: 10_000))
            let created = ContinuousClock.now
            var scopes = ScopeChain()
            let outcome = sandbox.run(script, fileName: "bench.js", context: context, scopes: &scopes)
            let finished = ContinuousClock.now
            if let failure = outcome.failure {
                print("    \(failure.message)")
                return nil
            }
            samples.append(seconds(finished - (countsStartUp ? start : created)))
        }
        return samples.sorted()[samples.count / 2]
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static let context = ScriptContext(
        event: .test, iteration: 0, iterationCount: 1, requestName: "Bench", requestID: "bench",
        location: ["Bench"], locationCurrent: "Bench",
        request: ScriptRequest(method: "GET", url: "http://api.test/", headers: []),
        response: ScriptResponse(code: 200, status: "OK", headers: [], body: "{}", responseTime: 1, headerSize: 0))
}
