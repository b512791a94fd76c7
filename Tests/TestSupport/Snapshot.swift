import Foundation
import Testing

/// Compares `text` with the golden file `Snapshots/<name>` beside the calling test file.
///
/// A missing golden is recorded and the test fails, so a new snapshot is always looked at once.
/// `RECORD_SNAPSHOTS=1 swift test` re-records every golden; never edit them by hand.
package func assertSnapshot(
    _ text: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = directory.appendingPathComponent(name)
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    let existing = try? String(contentsOf: file, encoding: .utf8)
    if record || existing == nil {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: file)
        if existing == nil {
            Issue.record("recorded a new snapshot \(name); check it and run the tests again", sourceLocation: sourceLocation)
        }
        return
    }
    if existing != text {
        Issue.record(
            "\(name) differs from its snapshot (RECORD_SNAPSHOTS=1 re-records):\n\(difference(existing ?? "", text))",
            sourceLocation: sourceLocation)
    }
}

/// The first lines that differ, for a readable failure.
private func difference(_ expected: String, _ actual: String) -> String {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(expectedLines.count, actualLines.count) {
        let left = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
        let right = index < actualLines.count ? String(actualLines[index]) : "<end>"
        if left != right {
            return "line \(index + 1):\n  expected: \(left)\n    actual: \(right)"
        }
    }
    return "(no line differs; check trailing newlines)"
}
