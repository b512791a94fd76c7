import Foundation
import Runner
import TestSupport
import Testing

@testable import Reporters

@Suite struct JUnitReporterTests {
    @Test func mixedRunMatchesItsSnapshot() {
        assertSnapshot(JUnitReporter(hostname: "ci-host").render(ReporterFixture.mixed), named: "mixed.xml")
    }

    @Test func iterationsGetUniqueSuiteAndCaseNames() {
        assertSnapshot(JUnitReporter(hostname: "ci-host").render(ReporterFixture.twoIterations), named: "iterations.xml")
    }

    @Test func secretsAreMaskedInTheWholeReport() {
        var result = ReporterFixture.mixed
        result.executions[0].name = "uses tok-123456"
        let xml = JUnitReporter(hostname: "h", redactor: SecretRedactor(secrets: ["tok-123456"])).render(result)
        #expect(!xml.contains("tok-123456"))
        #expect(xml.contains("uses ***"))
    }

    @Test func forbiddenXMLCharactersAreDropped() {
        #expect(XMLElement.escape("a\u{1}b\u{0}c<&>\"", inAttribute: true) == "abc&lt;&amp;&gt;&quot;")
    }

    static let schemas = ["jenkins-xunit-junit-10.xsd", "windyroad-JUnit.xsd"]

    @Test(arguments: schemas) func reportValidatesAgainstTheSchema(_ schema: String) throws {
        guard let xmllint = Self.findExecutable("xmllint") else {
            print("skipping JUnit schema validation against \(schema): xmllint is not installed (apt-get install libxml2-utils)")
            return
        }
        let directory = Fixtures.temporaryDirectory()
        for (name, result) in [("mixed", ReporterFixture.mixed), ("iterations", ReporterFixture.twoIterations)] {
            let file = directory.appendingPathComponent("\(name).xml")
            try Data(JUnitReporter(hostname: "ci-host").render(result).utf8).write(to: file)
            let schemaPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Schemas/\(schema)").path
            let process = Process()
            process.executableURL = URL(fileURLWithPath: xmllint)
            process.arguments = ["--noout", "--schema", schemaPath, file.path]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            process.waitUntilExit()
            let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationStatus == 0, "\(name).xml against \(schema): \(output)")
        }
    }

    static func findExecutable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
