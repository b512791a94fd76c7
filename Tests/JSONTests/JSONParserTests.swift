import Testing

@testable import JSON

@Suite struct JSONParserTests {
    @Test func objectMembersKeepTheirOrder() throws {
        let value = try JSONParser.parse(#"{"b": 1, "a": 2, "c": 3}"#)
        #expect(value.objectValue?.keys == ["b", "a", "c"])
    }

    @Test func trueIsNotOne() throws {
        let value = try JSONParser.parse("[true, 1, false, 0]")
        #expect(value == .array([.bool(true), .number(1), .bool(false), .number(0)]))
        #expect(JSONValue.bool(true) != .number(1))
    }

    @Test func escapesAndSurrogatePairsDecode() throws {
        let value = try JSONParser.parse(#""a\"b\\c\/d\n\u00e9\ud83d\ude00""#)
        #expect(value == .string("a\"b\\c/d\né😀"))
    }

    @Test func loneSurrogateBecomesReplacementCharacter() throws {
        #expect(try JSONParser.parse(#""\ud800x""#) == .string("\u{FFFD}x"))
    }

    @Test func byteOrderMarkIsSkipped() throws {
        #expect(try JSONParser.parse("\u{FEFF}{}") == .object([:]))
    }

    @Test func numbersParseInEveryForm() throws {
        let value = try JSONParser.parse("[0, -0, 1.5, 1e3, 2E-2, -12.5e+1]")
        #expect(value == .array([.number(0), .number(-0.0), .number(1.5), .number(1000), .number(0.02), .number(-125)]))
    }

    @Test func duplicateKeysResolveToTheLastOne() throws {
        let value = try JSONParser.parse(#"{"a": 1, "a": 2}"#)
        #expect(value["a"] == .number(2))
    }

    @Test func deepNestingIsRejectedInsteadOfCrashing() {
        let text = String(repeating: "[", count: 100_000)
        #expect(throws: JSONError.self) { try JSONParser.parse(text) }
    }

    struct ErrorCase: CustomTestStringConvertible, Sendable {
        var input: String
        var message: String
        var testDescription: String { input }
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase(input: "", message: "the document is empty at line 1, column 1"),
        ErrorCase(input: "{\"a\": 1", message: "unexpected end of input inside an object at line 1, column 8"),
        ErrorCase(input: "[1, 2", message: "unexpected end of input inside an array at line 1, column 6"),
        ErrorCase(input: "{\n  \"a\": tru\n}", message: "unexpected character 't' at line 2, column 8"),
        ErrorCase(input: "{\n  a: 1\n}", message: "expected a string key in double quotes, found character 'a' at line 2, column 3"),
        ErrorCase(input: "{\"a\" 1}", message: "expected ':' after the key \"a\", found character '1' at line 1, column 6"),
        ErrorCase(input: "[1 2]", message: "expected ',' or ']' after an array element, found character '2' at line 1, column 4"),
        ErrorCase(input: "{\"a\": 1,}", message: "expected a string key in double quotes, found character '}' at line 1, column 9"),
        ErrorCase(input: "[01]", message: "invalid number: leading zeros are not allowed at line 1, column 3"),
        ErrorCase(input: "[1.]", message: "invalid number: expected a digit after the decimal point at line 1, column 4"),
        ErrorCase(input: "\"abc", message: "unterminated string at line 1, column 1"),
        ErrorCase(input: "\"a\\qb\"", message: "invalid escape sequence '\\q' in a string at line 1, column 3"),
        ErrorCase(input: "\"a\tb\"", message: "control character U+0009 must be escaped in a string at line 1, column 3"),
        ErrorCase(input: "{} x", message: "unexpected character 'x' after the JSON value at line 1, column 4"),
        ErrorCase(input: "[\"é\", é]", message: "unexpected character 'é' at line 1, column 7"),
    ]

    @Test(arguments: errorCases) func malformedInputIsReportedWithItsPosition(_ testCase: ErrorCase) {
        do {
            let value = try JSONParser.parse(testCase.input)
            Issue.record("parsed \(value) instead of failing")
        } catch {
            #expect(error.description == testCase.message)
        }
    }
}
