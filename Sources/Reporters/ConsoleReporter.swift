import Foundation
import Runner
import Transport

/// The `cli` reporter: live lines per request as the run goes, then a summary table and a numbered list of
/// failures and errors with aligned expected/actual. Colour only when `useColor` (the CLI decides: TTY,
/// `--color`, `NO_COLOR`).
package final class ConsoleReporter: RunObserver {
    private let write: (String) -> Void
    private let useColor: Bool
    private let redactor: () -> SecretRedactor
    private let verbose: Bool
    private var failureNumber = 0
    private var lastFolders: [String] = []

    package init(
        useColor: Bool, verbose: Bool = false, redactor: @escaping () -> SecretRedactor,
        write: @escaping (String) -> Void
    ) {
        self.useColor = useColor
        self.verbose = verbose
        self.redactor = redactor
        self.write = write
    }

    private func line(_ text: String = "") {
        write(redactor().redact(text) + "\n")
    }

    private func paint(_ text: String, _ code: String) -> String {
        useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    package func handle(_ event: RunEvent) {
        switch event {
        case .runStarted(let name, _):
            line("postie")
            line()
            line(name)
        case .iterationStarted(let index, let count):
            lastFolders = []
            if count > 1 {
                line()
                line(paint("Iteration \(index + 1)/\(count)", "90"))
            }
        case .itemStarted(let item, _):
            if item.folders != lastFolders, !item.folders.isEmpty {
                line()
                line("❏ " + item.folders.joined(separator: " / "))
            } else if item.folders.isEmpty {
                line()
            }
            lastFolders = item.folders
            line((item.folders.isEmpty ? "→ " : "↳ ") + item.name)
        case .requestFinished(let execution):
            renderRequest(execution)
        case .itemFinished(let execution):
            renderOutcome(execution)
        case .warning(let warning):
            for text in warning.description.split(separator: "\n", omittingEmptySubsequences: false) {
                line("  " + paint(String(text), "33"))
            }
        case .scriptLogged(let log):
            // Boxed like Newman's console output, so script logs stand apart from request lines.
            for text in log.text.split(separator: "\n", omittingEmptySubsequences: false) {
                line("  │ " + (log.level == "log" || log.level == "info" ? "" : log.level + ": ") + String(text))
            }
        case .scriptRequestFinished(let record):
            let outcome = record.status.map { "\($0) \(HTTPStatus.reasonPhrase(for: $0))".trimmingCharacters(in: .whitespaces) }
                ?? "errored: \(record.error ?? "")"
            line(paint("  ↳ pm.sendRequest \(record.method) \(record.url) [\(outcome), \(ReportFormatting.humanDuration(record.duration))]", "90"))
        case .runFinished:
            break
        }
    }

    private func renderRequest(_ execution: ItemExecution) {
        if let request = execution.request {
            var text = "  \(request.method) \(request.url.absoluteString)"
            if let response = execution.response {
                let size = ReportFormatting.size(response.body.count + response.headerSize)
                let status = "\(response.status) \(response.reason)".trimmingCharacters(in: .whitespaces)
                text += " [\(status), \(size), \(ReportFormatting.humanDuration(execution.duration))]"
            } else {
                text += " [errored]"
            }
            line(text)
            if verbose, execution.authReplays > 0 {
                let times = execution.authReplays == 1 ? "once" : "\(execution.authReplays) times"
                line(paint("    ↻ sent again \(times) for the auth handshake; the time above includes it", "90"))
            }
            if verbose { renderVerbose(request, execution.response) }
        }
    }

    private func renderOutcome(_ execution: ItemExecution) {
        for error in execution.errors {
            failureNumber += 1
            line(paint("  \(failureNumber)⠄ \(error.kind): \(error.message)", "31"))
        }
        for check in execution.checks where check.source != .response {
            switch check.outcome {
            case .passed:
                line("  " + paint("✓", "32") + "  " + check.name)
            case .skipped:
                line("  " + paint("-  [skipped] " + check.name, "90"))
            case .failed:
                failureNumber += 1
                line(paint("  \(failureNumber). \(check.name)", "31"))
            }
        }
    }

    private func renderVerbose(_ request: HTTPRequest, _ response: HTTPResponse?) {
        for field in request.headers { line(paint("    > \(field.name): \(field.value)", "90")) }
        if let response {
            for field in response.headers { line(paint("    < \(field.name): \(field.value)", "90")) }
            let body = String(decoding: response.body.prefix(2048), as: UTF8.self)
            if !body.isEmpty { line(paint("    " + body.replacingOccurrences(of: "\n", with: "\n    "), "90")) }
        }
    }

    /// The summary table and the failure list, printed once the run is over.
    package func renderSummary(_ result: RunResult) {
        let statistics = RunStatistics(result)
        let rows: [(String, RunStatistics.Count)] = [
            ("iterations", statistics.iterations),
            ("requests", statistics.requests),
            ("test-scripts", statistics.testScripts),
            ("prerequest-scripts", statistics.prerequestScripts),
            ("assertions", statistics.assertions),
        ]
        let labelWidth = 25, columnWidth = 10
        let width = labelWidth + 2 * columnWidth + 4
        func rule(_ left: String, _ middle: String, _ right: String) -> String {
            left + String(repeating: "─", count: labelWidth) + middle + String(repeating: "─", count: columnWidth)
                + middle + String(repeating: "─", count: columnWidth) + right
        }
        func pad(_ text: String, _ width: Int) -> String {
            String(repeating: " ", count: max(0, width - text.count)) + text
        }
        line()
        line(rule("┌", "┬", "┐"))
        line("│" + pad("", labelWidth) + "│" + pad("executed ", columnWidth) + "│" + pad("failed ", columnWidth) + "│")
        line(rule("├", "┼", "┤"))
        for (label, count) in rows {
            let failed = count.failed > 0 ? paint(pad("\(count.failed) ", columnWidth), "31") : pad("\(count.failed) ", columnWidth)
            line("│" + pad(label + " ", labelWidth) + "│" + pad("\(count.total) ", columnWidth) + "│" + failed + "│")
        }
        let duration = Duration.milliseconds(Int64(result.finished.timeIntervalSince(result.started) * 1000))
        let footer = [
            "total run duration: \(ReportFormatting.humanDuration(duration))",
            "total data received: \(ReportFormatting.size(statistics.responseBytes)) (approx)",
            "average response time: \(Int(statistics.responseAverage))ms [min: \(Int(statistics.responseMin))ms, "
                + "max: \(Int(statistics.responseMax))ms, s.d.: \(Int(statistics.responseStandardDeviation))ms]",
        ]
        let innerWidth = max(width - 2, (footer.map(\.count).max() ?? 0) + 2)
        let extra = innerWidth - (width - 2)
        let bottom = rule("├", "┴", "")
        line(bottom + (extra > 0 ? "┴" + String(repeating: "─", count: extra - 1) : "") + "┤")
        for text in footer {
            line("│ " + text + String(repeating: " ", count: innerWidth - 1 - text.count) + "│")
        }
        line("└" + String(repeating: "─", count: innerWidth) + "┘")
        renderFailures(result)
        if let interruption = result.interruption {
            line()
            line(paint("run incomplete: \(interruption)", "33"))
        }
        line()
        if result.isSuccess {
            line(paint("✓ all \(result.executions.count) requests passed", "32"))
        } else {
            let parts = [
                result.failureCount > 0 ? "\(result.failureCount) failed" : nil,
                result.errorCount > 0 ? "\(result.errorCount) errored" : nil,
            ].compactMap { $0 }
            line(paint("✗ " + (parts.isEmpty ? "incomplete" : parts.joined(separator: ", ")), "31"))
        }
    }

    private func renderFailures(_ result: RunResult) {
        var entries: [(String, String, [String])] = []
        for execution in result.executions {
            let iteration = result.iterationCount > 1 ? " (iteration \(execution.iteration + 1))" : ""
            for error in execution.errors {
                var detail = [error.message]
                if let location = error.location { detail.append("at \(location)") }
                entries.append((error.kind + iteration, "inside \"\(execution.displayPath)\"", detail))
            }
            for check in execution.checks {
                guard case .failed(let failure) = check.outcome else { continue }
                let messageLines = failure.message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                var detail = ["\(check.name): \(messageLines.first ?? "")"] + messageLines.dropFirst()
                if let expected = failure.expected { detail.append("expected: \(expected)") }
                if let actual = failure.actual { detail.append("  actual: \(actual)") }
                if let location = failure.location { detail.append("at \(location)") }
                let kind = check.source == .contract ? "ContractFailure" : "AssertionError"
                entries.append((kind + iteration, "inside \"\(execution.displayPath)\"", detail))
            }
        }
        guard !entries.isEmpty else { return }
        line()
        let kindWidth = max(24, entries.map(\.0.count).max() ?? 0)
        line("   #  " + "failure".padding(toLength: kindWidth, withPad: " ", startingAt: 0) + " detail")
        for (index, entry) in entries.enumerated() {
            line()
            let number = "\(index + 1)."
            let kind = entry.0.padding(toLength: kindWidth, withPad: " ", startingAt: 0)
            let indent = String(repeating: " ", count: 4 + 2 + kindWidth + 1)
            line(String(repeating: " ", count: max(0, 4 - number.count)) + number + "  " + kind + " " + (entry.2.first ?? ""))
            for more in entry.2.dropFirst() { line(indent + more) }
            line(indent + entry.1)
        }
    }
}
