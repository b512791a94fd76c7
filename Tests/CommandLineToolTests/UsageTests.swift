import TestSupport
import Testing

@testable import CommandLineTool

/// The help texts are what users read first; they are pinned like every other output.
@Suite struct UsageTests {
    @Test(arguments: [
        (["--help"], "help.txt"), (["help", "run"], "help-run.txt"), (["mock", "--help"], "help-mock.txt"),
        (["js", "--help"], "help-js.txt"),
    ] as [([String], String)])
    func helpMatchesItsSnapshot(_ arguments: [String], _ snapshot: String) {
        let run = ToolHarness.run(arguments)
        #expect(run.exitCode == .success)
        assertSnapshot(run.standardOutput, named: snapshot)
    }
}
