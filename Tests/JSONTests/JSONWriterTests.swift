import Testing

@testable import JSON

@Suite struct JSONWriterTests {
    @Test func compactOutputMatchesJSONStringify() throws {
        let text = #"{"b":[1,2.5,"x\ny",null,true],"a":{"é":"\u0001"}}"#
        #expect(JSONWriter.write(try JSONParser.parse(text)) == #"{"b":[1,2.5,"x\ny",null,true],"a":{"é":"\u0001"}}"#)
    }

    @Test func prettyOutputIndentsWithTwoSpaces() throws {
        let value = try JSONParser.parse(#"{"a":[1,{}],"b":[]}"#)
        #expect(JSONWriter.write(value, pretty: true) == "{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"b\": []\n}")
    }

    @Test(arguments: [
        (0.1 + 0.2, "0.30000000000000004"),
        (1e21, "1e+21"),
        (1e20, "100000000000000000000"),
        (123e-20, "1.23e-18"),
        (-0.0, "0"),
        (0.000001, "0.000001"),
        (0.0000001, "1e-7"),
        (5e-324, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
        (-42, "-42"),
        (9007199254740993, "9007199254740992"),
        (123456789.125, "123456789.125"),
    ])
    func numbersAreFormattedAsJavaScriptDoes(_ value: Double, _ expected: String) {
        #expect(JavaScriptNumberFormatter.string(from: value) == expected)
    }
}
