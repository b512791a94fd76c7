import JSON
import Testing

@testable import PostmanFormat

@Suite struct IterationDataParserTests {
    @Test func csvRowsBecomeObjectsWithNewmansCasting() throws {
        let rows = try IterationDataParser.parse(
            text: "\u{FEFF}id, name ,flag,code,quoted,empty\n007, Ann ,true,1e3,\"42\",\n2,\"B, \"\"the\"\" second\",false,x,\"\",\n",
            file: "d.csv")
        #expect(
            rows == [
                ["id": 7, "name": "Ann", "flag": "true", "code": 1000, "quoted": "42", "empty": ""],
                ["id": 2, "name": "B, \"the\" second", "flag": "false", "code": "x", "quoted": "", "empty": ""],
            ])
    }

    @Test func jsonDataFileIsAnArrayOfObjects() throws {
        let rows = try IterationDataParser.parse(text: #"[{"a": 1}, {"a": true}]"#, file: "d.json")
        #expect(rows == [["a": 1], ["a": true]])
    }

    struct ErrorCase: CustomTestStringConvertible, Sendable {
        var text: String
        var message: String
        var testDescription: String { message }
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase(
            text: #"{"a": 1}"#,
            message: """
                error: a JSON data file must be an array of objects, but this is an object
                  --> d
                   = help: write the rows as [{"column": "value"}, …]
                """),
        ErrorCase(
            text: "[1]",
            message: """
                error: every row of a JSON data file must be an object, but row 1 is a number
                  --> d › [0]
                """),
        ErrorCase(
            text: "a,b\n\"open,1\n",
            message: """
                error: a quoted CSV field starting on line 2 is never closed
                  --> d
                   = help: close the field with ", and write a quote inside a field as ""
                """),
    ]

    @Test(arguments: errorCases) func badDataFilesAreLoadErrors(_ testCase: ErrorCase) {
        do {
            _ = try IterationDataParser.parse(text: testCase.text, file: "d")
            Issue.record("parsed instead of failing")
        } catch {
            #expect(error.description == testCase.message)
        }
    }
}
