import Runner
import TestSupport
import Testing

@testable import Reporters

@Suite struct ConsoleReporterTests {
    private func render(_ result: RunResult, color: Bool) -> String {
        let output = OutputCapture()
        let reporter = ConsoleReporter(useColor: color, redactor: { SecretRedactor() }, write: output.write)
        reporter.handle(.runStarted(collectionName: result.collectionName, iterationCount: result.iterationCount))
        var lastIteration = -1
        for execution in result.executions {
            if execution.iteration != lastIteration {
                reporter.handle(.iterationStarted(index: execution.iteration, count: result.iterationCount))
                lastIteration = execution.iteration
            }
            let item = PlannedItem(
                item: .init(name: execution.name, request: .init(url: .init(raw: ""))), folders: execution.folders)
            reporter.handle(.itemStarted(item, iteration: execution.iteration))
            for warning in execution.warnings { reporter.handle(.warning(warning)) }
            reporter.handle(.requestFinished(execution))
            for log in execution.logs { reporter.handle(.scriptLogged(log)) }
            reporter.handle(.itemFinished(execution))
        }
        reporter.handle(.runFinished(result))
        reporter.renderSummary(result)
        return output.text
    }

    @Test func mixedRunMatchesItsSnapshot() {
        assertSnapshot(render(ReporterFixture.mixed, color: false), named: "mixed.txt")
    }

    @Test func iterationsMatchTheirSnapshot() {
        assertSnapshot(render(ReporterFixture.twoIterations, color: false), named: "iterations.txt")
    }

    @Test func colourIsOnlyUsedWhenAsked() {
        #expect(!render(ReporterFixture.mixed, color: false).contains("\u{1B}["))
        #expect(render(ReporterFixture.mixed, color: true).contains("\u{1B}[32m✓\u{1B}[0m"))
    }
}
