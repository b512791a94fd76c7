import Foundation
import JSON
import Runner
import Transport

/// Renders a `RunResult` in the shape of Newman's JSON summary (`run.stats`, `run.timings`, `run.executions`,
/// `run.failures`), so tooling written for Newman reads it. Bodies are text, never byte arrays.
package struct JSONReporter {
    package var redactor: SecretRedactor

    package init(redactor: SecretRedactor = SecretRedactor()) {
        self.redactor = redactor
    }

    package func render(_ result: RunResult) -> String {
        let statistics = RunStatistics(result)
        func count(_ value: RunStatistics.Count) -> JSONValue {
            .object(["total": .number(Double(value.total)), "pending": 0, "failed": .number(Double(value.failed))])
        }
        let stats: JSONObject = [
            "iterations": count(statistics.iterations),
            "items": count(statistics.items),
            "scripts": count(
                RunStatistics.Count(
                    total: statistics.testScripts.total + statistics.prerequestScripts.total,
                    failed: statistics.testScripts.failed + statistics.prerequestScripts.failed)),
            "prerequests": count(statistics.items),
            "requests": count(statistics.requests),
            "tests": count(statistics.items),
            "assertions": count(statistics.assertions),
            "testScripts": count(statistics.testScripts),
            "prerequestScripts": count(statistics.prerequestScripts),
        ]
        let timings: JSONObject = [
            "responseAverage": .number(statistics.responseAverage),
            "responseMin": .number(statistics.responseMin),
            "responseMax": .number(statistics.responseMax),
            "responseSd": .number(statistics.responseStandardDeviation),
            "started": .number((result.started.timeIntervalSince1970 * 1000).rounded()),
            "completed": .number((result.finished.timeIntervalSince1970 * 1000).rounded()),
        ]
        var failures: [JSONValue] = []
        var executions: [JSONValue] = []
        for (position, execution) in result.executions.enumerated() {
            let cursor: JSONValue = .object([
                "position": .number(Double(position % max(1, result.executions.count / max(1, result.iterationCount)))),
                "iteration": .number(Double(execution.iteration)),
            ])
            let source: JSONValue = .object(["id": .string(execution.itemID), "name": .string(execution.name)])
            executions.append(render(execution, cursor: cursor))
            for check in execution.checks {
                guard case .failed(let failure) = check.outcome else { continue }
                failures.append(
                    .object([
                        "error": .object([
                            "name": .string(check.source == .contract ? "ContractFailure" : "AssertionError"),
                            "message": .string(failure.message),
                            "test": .string(check.name),
                        ]),
                        "at": .string(check.source == .script ? "test-script" : check.source.rawValue),
                        "source": source,
                        "cursor": cursor,
                    ]))
            }
            for error in execution.errors {
                failures.append(
                    .object([
                        "error": .object(["name": .string(error.kind), "message": .string(error.message)]),
                        "at": .string(error.phase.rawValue),
                        "source": source,
                        "cursor": cursor,
                    ]))
            }
        }
        var run: JSONObject = [
            "stats": .object(stats),
            "timings": .object(timings),
            "transfers": .object(["responseTotal": .number(Double(statistics.responseBytes))]),
            "executions": .array(executions),
            "failures": .array(failures),
            "warnings": .array(result.warnings.map { .string($0.description) }),
            "error": .null,
        ]
        if let interruption = result.interruption {
            run["error"] = .object(["message": .string(interruption.description)])
            run["incomplete"] = .bool(true)
        }
        let document: JSONObject = [
            "collection": .object([
                "info": .object([
                    "_postman_id": result.collectionID.map(JSONValue.string) ?? .null,
                    "name": .string(result.collectionName),
                ])
            ]),
            "environment": .object(["name": result.environmentName.map(JSONValue.string) ?? .null]),
            "run": .object(run),
        ]
        return redactor.redact(JSONWriter.write(.object(document), pretty: true)) + "\n"
    }

    private func render(_ execution: ItemExecution, cursor: JSONValue) -> JSONValue {
        var object: JSONObject = [
            "cursor": cursor,
            "item": .object([
                "id": .string(execution.itemID), "name": .string(execution.name),
                "path": .array(execution.folders.map(JSONValue.string)),
            ]),
        ]
        if let request = execution.request {
            object["request"] = .object([
                "method": .string(request.method),
                "url": .string(request.url.absoluteString),
                "header": headers(request.headers),
            ])
        }
        if let response = execution.response {
            var rendered: JSONObject = [
                "code": .number(Double(response.status)),
                "status": .string(response.reason),
                "header": headers(response.headers),
                "responseTime": .number(Double(execution.duration.roundedMilliseconds)),
                "responseSize": .number(Double(response.body.count)),
            ]
            rendered["body"] = .string(String(decoding: response.body, as: UTF8.self))
            object["response"] = .object(rendered)
        }
        if let requestError = execution.errors.first(where: { $0.phase == .request || $0.phase == .auth }) {
            object["requestError"] = .object([
                "name": .string(requestError.kind), "message": .string(requestError.message),
            ])
        }
        // pm.test results keep Newman's place; declarative checks get a field of their own.
        object["assertions"] = .array(execution.checks.filter { $0.source == .script }.map(render))
        let declarative = execution.checks.filter { $0.source == .assertion || $0.source == .contract }
        if !declarative.isEmpty {
            object["checks"] = .array(declarative.map(render))
        }
        if execution.authReplays > 0 { object["authReplays"] = .number(Double(execution.authReplays)) }
        if !execution.scriptRequests.isEmpty {
            object["scriptRequests"] = .array(
                execution.scriptRequests.map { record in
                    var entry: JSONObject = [
                        "method": .string(record.method), "url": .string(record.url),
                        "responseTime": .number(Double(record.duration.roundedMilliseconds)),
                    ]
                    if let status = record.status { entry["code"] = .number(Double(status)) }
                    if let error = record.error { entry["error"] = .string(error) }
                    return .object(entry)
                })
        }
        if !execution.logs.isEmpty {
            object["console"] = .array(
                execution.logs.map { .object(["level": .string($0.level), "text": .string($0.text)]) })
        }
        let scriptErrors = execution.errors.filter { $0.phase == .testScript || $0.phase == .prerequestScript }
        if !scriptErrors.isEmpty {
            object["scriptErrors"] = .array(
                scriptErrors.map { error in
                    .object([
                        "name": .string(error.kind), "message": .string(error.message),
                        "location": error.location.map(JSONValue.string) ?? .null,
                    ])
                })
        }
        return .object(object)
    }

    private func render(_ check: CheckResult) -> JSONValue {
        var entry: JSONObject = ["assertion": .string(check.name), "source": .string(check.source.rawValue)]
        entry["skipped"] = .bool(check.outcome == .skipped)
        if case .failed(let failure) = check.outcome {
            var error: JSONObject = [
                "name": .string(check.source == .contract ? "ContractFailure" : "AssertionError"),
                "message": .string(failure.message),
            ]
            if let expected = failure.expected { error["expected"] = .string(expected) }
            if let actual = failure.actual { error["actual"] = .string(actual) }
            if let location = failure.location { error["location"] = .string(location) }
            entry["error"] = .object(error)
        }
        return .object(entry)
    }

    private func headers(_ headers: HTTPHeaders) -> JSONValue {
        .array(headers.fields.map { .object(["key": .string($0.name), "value": .string($0.value)]) })
    }
}
