import Foundation
import JavaScriptInterpreter

/// JavaScript interpreter microbenchmarks, with `node --jitless` on the same machine as the baseline when present.
package enum JavaScriptBenchmarks {
    /// One benchmark: setup defines `run()`; `units` is how many iterations/calls/bytes one `run()` performs.
    struct Case {
        let name: String
        let unit: String
        let units: Double
        let setup: String
    }

    static let cases: [Case] = [
        Case(name: "sum loop", unit: "M iterations/s", units: 3_000_000,
             setup: "function run() { let s = 0; for (let i = 0; i < 3000000; i++) s += i; return s; }"),
        Case(name: "fib(25)", unit: "M calls/s", units: 242_785,
             setup: "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } function run() { return fib(25); }"),
        Case(name: "property get/set", unit: "M ops/s", units: 1_000_000,
             setup: "function run() { const o = { x: 0, y: 1 }; for (let i = 0; i < 1000000; i++) o.x = o.x + i; return o.x; }"),
        Case(name: "closure calls", unit: "M calls/s", units: 1_000_000,
             setup: "function run() { let c = 0; const inc = () => { c++; }; for (let i = 0; i < 1000000; i++) inc(); return c; }"),
        Case(name: "string += (100k chars)", unit: "M appends/s", units: 50_000,
             setup: "function run() { let s = ''; for (let i = 0; i < 50000; i++) s += 'ab'; return s.length; }"),
        Case(name: "string += (400k chars)", unit: "M appends/s", units: 200_000,
             setup: "function run() { let s = ''; for (let i = 0; i < 200000; i++) s += 'ab'; return s.length; }"),
        Case(name: "regex test (email shape)", unit: "M matches/s", units: 100_000,
             setup: """
             const emails = []; for (let i = 0; i < 100; i++) emails.push('user.' + i + '+tag@example-' + i + '.com');
             function run() { const re = /^[\\w.+-]+@[\\w-]+\\.[\\w.]+$/; let n = 0; for (let i = 0; i < 100000; i++) if (re.test(emails[i % 100])) n++; return n; }
             """),
        Case(name: "regex replace (global, with groups)", unit: "M replaces/s", units: 20_000,
             setup: """
             const text = 'id=1&name=ada&role=admin&team=core&zone=eu';
             function run() { let t = 0; for (let i = 0; i < 20000; i++) t += text.replace(/(\\w+)=(\\w+)/g, '$2:$1').length; return t; }
             """),
        Case(name: "Date parse + toISOString", unit: "M dates/s", units: 100_000,
             setup: """
             function run() { let t = 0; for (let i = 0; i < 100000; i++) t += new Date(Date.parse('2024-03-02T10:00:00Z') + i * 86400000).toISOString().length; return t; }
             """),
        Case(name: "eval of a 100 KB helper library", unit: "evals/s", units: 1,
             setup: """
             let library = 'var helpers = {};\\n';
             for (let i = 0; library.length < 100000; i++) library += 'helpers.f' + i + ' = function (list, key) { var out = []; for (var j = 0; j < list.length; j++) { if (list[j] && list[j][key] !== undefined) out.push(list[j][key] * ' + i + '); } return out; };\\n';
             function run() { (0, eval)(library); return Object.keys(helpers).length; }
             """),
        Case(name: "JSON parse+stringify (1 MB)", unit: "MB/s", units: 1,
             setup: """
             const rows = []; for (let i = 0; i < 6000; i++) rows.push({ id: i, name: 'item ' + i, price: i * 1.25, tags: ['a', 'b', 'c'], active: i % 2 === 0, nested: { x: i, y: 'why' } });
             const doc = JSON.stringify(rows);
             function run() { return JSON.stringify(JSON.parse(doc)).length; }
             """),
    ]

    package static func run() {
        print("JavaScript interpreter benchmarks (best of 3)")
        let node = findNode()
        var nodeResults: [String: Double] = [:]
        if let node { nodeResults = runNode(node) }
        for c in cases {
            let seconds = LargeStack.run { measure(c) }
            guard let seconds else {
                print("  \(c.name): failed")
                continue
            }
            var units = c.units
            if c.unit == "MB/s" { units = jsonDocumentMegabytes() }
            // "M …/s" units count millions; MB/s and evals/s are shown as they are.
            let scale = c.unit.hasPrefix("M ") ? 1_000_000.0 : 1
            let rate = units / seconds / scale
            var line = "  \(c.name): \(format(rate)) \(c.unit)"
            if let nodeSeconds = nodeResults[c.name] {
                let nodeRate = units / nodeSeconds / scale
                line += "   node --jitless: \(format(nodeRate)) (ratio \(format(rate / nodeRate)))"
            }
            print(line)
        }
    }

    static func format(_ d: Double) -> String { String(format: "%.2f", d) }

    static func jsonDocumentMegabytes() -> Double {
        let realm = Realm()
        defer { realm.tearDown() }
        guard let c = cases.last, (try? realm.evaluate(c.setup)) != nil,
              let length = try? realm.evaluate("doc.length").asNumber else { return 1 }
        return length / 1_000_000
    }

    /// Seconds for one `run()`, best of three.
    static func measure(_ c: Case) -> Double? {
        let realm = Realm()
        defer { realm.tearDown() }
        guard (try? realm.evaluate(c.setup, fileName: "bench.js")) != nil else { return nil }
        let run = realm.getGlobal("run")
        var best = Double.infinity
        for _ in 0..<3 {
            let start = ContinuousClock.now
            guard (try? realm.callFunction(run, [])) != nil else { return nil }
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            best = min(best, seconds)
        }
        return best
    }

    static func findNode() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/usr/local/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/node"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs every case in one `node --jitless` process and returns seconds per case.
    static func runNode(_ node: String) -> [String: Double] {
        var script = "const results = {};\n"
        for c in cases {
            script += """
            {
            \(c.setup)
            let best = Infinity;
            for (let k = 0; k < 3; k++) { const t = process.hrtime.bigint(); run(); best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9); }
            results[\(String(reflecting: c.name))] = best;
            }

            """
        }
        script += "console.log(JSON.stringify(results));\n"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("postie-js-bench-\(getpid()).js")
        guard (try? script.write(to: file, atomically: true, encoding: .utf8)) != nil else { return [:] }
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = ["--jitless", "--stack-size=4000", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return [:] }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Double] else { return [:] }
        return object
    }
}
