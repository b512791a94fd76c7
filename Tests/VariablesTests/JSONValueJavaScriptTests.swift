import JSON
import Testing

@testable import Variables

@Suite struct JSONValueJavaScriptTests {
    @Test(arguments: [
        ("42", 42.0), ("  -1.5\n", -1.5), ("", 0), ("   ", 0), ("1.", 1), (".5", 0.5), ("-.5", -0.5), ("1e3", 1000),
        ("1E-2", 0.01), ("+7", 7), ("0x1A", 26), ("0b101", 5), ("0o17", 15), ("Infinity", .infinity),
        ("-Infinity", -.infinity), ("007", 7),
    ])
    func numberParsesLikeJavaScript(text: String, expected: Double) {
        #expect(JSONValue.javaScriptNumber(parsing: text) == expected)
    }

    @Test(arguments: ["abc", "1e", "e5", ".", "0x", "0xZZ", "-0x1", "inf", "nan", "1_000", "1,5", "0x1p3", "--1"])
    func nonNumbersAreNaN(text: String) {
        #expect(JSONValue.javaScriptNumber(parsing: text).isNaN)
    }

    @Test func arraysConvertThroughTheirJoinedText() {
        #expect(JSONValue.javaScriptNumberCall(.array([.number(5)])) == 5)
        #expect(JSONValue.javaScriptNumberCall(.array([])) == 0)
        #expect(JSONValue.javaScriptNumberCall(.array([.number(1), .number(2)])).isNaN)
        #expect(JSONValue.javaScriptNumberCall(.object([:])).isNaN)
        #expect(JSONValue.javaScriptNumberCall(nil).isNaN)
        #expect(JSONValue.javaScriptNumberCall(.null) == 0)
    }
}
