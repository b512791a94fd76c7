import Runner

/// The totals the summary table and the JSON report share, counted as Newman counts them.
struct RunStatistics {
    struct Count {
        var total = 0
        var failed = 0
    }

    var iterations = Count()
    var items = Count()
    var requests = Count()
    var testScripts = Count()
    var prerequestScripts = Count()
    var assertions = Count()
    var responseTimes: [Double] = []
    var responseBytes = 0

    init(_ result: RunResult) {
        iterations.total = Set(result.executions.map(\.iteration)).count
        items.total = result.executions.count
        for execution in result.executions {
            if execution.request != nil || execution.errors.contains(where: { $0.phase == .request }) {
                requests.total += 1
            }
            if execution.errors.contains(where: { $0.phase == .request || $0.phase == .auth }) { requests.failed += 1 }
            // As in Newman, requests sent by scripts count too.
            requests.total += execution.scriptRequests.count
            requests.failed += execution.scriptRequests.filter { $0.error != nil }.count
            testScripts.total += execution.testScriptCount
            testScripts.failed += execution.errors.filter { $0.phase == .testScript }.count
            prerequestScripts.total += execution.prerequestScriptCount
            prerequestScripts.failed += execution.errors.filter { $0.phase == .prerequestScript }.count
            for check in execution.checks where check.source != .response {
                assertions.total += 1
                if check.isFailure { assertions.failed += 1 }
            }
            if let response = execution.response {
                responseTimes.append(Double(execution.duration.roundedMilliseconds))
                responseBytes += response.body.count
            }
        }
    }

    var responseAverage: Double {
        responseTimes.isEmpty ? 0 : responseTimes.reduce(0, +) / Double(responseTimes.count)
    }

    var responseMin: Double { responseTimes.min() ?? 0 }
    var responseMax: Double { responseTimes.max() ?? 0 }

    /// Population standard deviation, as Newman reports it.
    var responseStandardDeviation: Double {
        guard responseTimes.count > 1 else { return 0 }
        let mean = responseAverage
        let variance = responseTimes.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(responseTimes.count)
        return variance.squareRoot()
    }
}
