import Foundation
import Runner

/// Renders a `RunResult` as JUnit XML that validates against both the Jenkins xunit and the Ant (windyroad)
/// schemas.
///
/// One `<testsuite>` per request and iteration; one `<testcase>` per check (`pm.test`, assertion, contract) and
/// one per error, so a request that could not run is never silently green. A request with nothing to check is
/// one passing testcase named after it. Case names carry `[iteration N]` on multi-iteration runs, so the
/// classname+name identity GitLab uses stays unique.
package struct JUnitReporter {
    package var hostname: String
    package var redactor: SecretRedactor

    package init(hostname: String, redactor: SecretRedactor = SecretRedactor()) {
        self.hostname = hostname.isEmpty ? "localhost" : hostname
        self.redactor = redactor
    }

    package func render(_ result: RunResult) -> String {
        let timestamp = ReportFormatting.junitTimestamp(result.started)
        var suites: [XMLElement] = []
        for (index, execution) in result.executions.enumerated() {
            suites.append(suite(for: execution, index: index, in: result, timestamp: timestamp))
        }
        return redactor.redact(XMLElement("testsuites", children: suites).document())
    }

    private func suite(for execution: ItemExecution, index: Int, in result: RunResult, timestamp: String) -> XMLElement {
        let multipleIterations = result.iterationCount > 1
        let prefix = multipleIterations ? "[iteration \(execution.iteration + 1)] " : ""
        let classname = ([result.collectionName] + execution.folders + [execution.name])
            .map { $0.replacingOccurrences(of: ".", with: "_") }
            .joined(separator: ".")
        let time = ReportFormatting.seconds(execution.duration)
        var names = UniqueNames()
        var cases: [XMLElement] = []
        var skipped = 0
        for check in execution.checks {
            let name = names.unique(prefix + checkName(check))
            var testcase = XMLElement("testcase", [("name", name), ("classname", classname), ("time", time)])
            switch check.outcome {
            case .passed:
                break
            case .skipped:
                skipped += 1
                testcase.children.append(XMLElement("skipped", [("message", "skipped")]))
            case .failed(let failure):
                testcase.children.append(
                    XMLElement(
                        "failure",
                        [("type", failureType(check.source)), ("message", Self.firstLine(failure.message))],
                        text: failureBody(failure)))
            }
            cases.append(testcase)
        }
        for error in execution.errors {
            let name = names.unique(prefix + error.kind)
            var body = error.message
            if let location = error.location { body += "\n  at \(location)" }
            cases.append(
                XMLElement(
                    "testcase", [("name", name), ("classname", classname), ("time", time)],
                    children: [
                        XMLElement("error", [("type", error.kind), ("message", Self.firstLine(error.message))], text: body)
                    ]))
        }
        var suiteName = execution.displayPath
        if multipleIterations { suiteName += " [iteration \(execution.iteration + 1)]" }
        var properties = [
            XMLElement("property", [("name", "iteration"), ("value", String(execution.iteration + 1))]),
            XMLElement("property", [("name", "item.id"), ("value", execution.itemID)]),
        ]
        if let request = execution.request {
            properties.append(
                XMLElement("property", [("name", "request"), ("value", "\(request.method) \(request.url.absoluteString)")]))
        }
        if let response = execution.response {
            properties.append(XMLElement("property", [("name", "response.status"), ("value", String(response.status))]))
        }
        if let environment = result.environmentName, !environment.isEmpty {
            properties.append(XMLElement("property", [("name", "environment"), ("value", environment)]))
        }
        let failures = execution.checks.filter(\.isFailure).count
        let warnings = (execution.warnings.map(\.description) + execution.logs.map { "console.\($0.level): \($0.text)" })
            .joined(separator: "\n")
        return XMLElement(
            "testsuite",
            [
                ("name", suiteName.isEmpty ? "(unnamed request)" : suiteName),
                ("package", result.collectionName.isEmpty ? "collection" : result.collectionName),
                ("id", String(index)),
                ("timestamp", timestamp),
                ("hostname", hostname),
                ("tests", String(cases.count)),
                ("failures", String(failures)),
                ("errors", String(execution.errors.count)),
                ("skipped", String(skipped)),
                ("time", time),
            ],
            children: [XMLElement("properties", children: properties)] + cases + [
                XMLElement("system-out", text: warnings.isEmpty ? nil : warnings),
                XMLElement("system-err"),
            ])
    }

    /// The message attribute holds one line; the element's text has the whole message.
    private static func firstLine(_ text: String) -> String {
        text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? text
    }

    private func checkName(_ check: CheckResult) -> String {
        check.name.isEmpty ? "(unnamed test)" : check.name
    }

    private func failureType(_ source: CheckResult.Source) -> String {
        switch source {
        case .script, .response: "AssertionFailure"
        case .assertion: "AssertionFailure"
        case .contract: "ContractFailure"
        }
    }

    private func failureBody(_ failure: CheckFailure) -> String {
        var lines = [failure.message]
        if let expected = failure.expected { lines.append("expected: \(expected)") }
        if let actual = failure.actual { lines.append("  actual: \(actual)") }
        if let location = failure.location { lines.append("  at \(location)") }
        return lines.joined(separator: "\n")
    }
}

/// Makes names unique within a suite by numbering repeats: `name`, `name (2)`, `name (3)`.
struct UniqueNames {
    private var counts: [String: Int] = [:]

    mutating func unique(_ name: String) -> String {
        let count = (counts[name] ?? 0) + 1
        counts[name] = count
        return count == 1 ? name : "\(name) (\(count))"
    }
}
