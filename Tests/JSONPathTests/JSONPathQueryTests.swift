import JSON
import TestSupport
import Testing

@testable import JSONPath

/// Behaviour beyond the compliance suite: normalized paths, value-only evaluation and robustness.
@Suite struct JSONPathQueryTests {
    @Test func normalizedPathsEscapeQuotesBackslashesAndControlCharacters() {
        let path = NormalizedPath([.name("it's"), .name("a\\b"), .name("\u{1}\n\"/"), .index(3)])
        #expect(path.description == #"$['it\'s']['a\\b']['\u0001\n"/'][3]"#)
    }

    @Test func selectReturnsValuesWithTheirPathsInDocumentOrder() throws {
        let document: JSONValue = .object([
            "b": .array([.object(["name": .string("x")]), .number(2)]), "a": .object(["name": .string("y")]),
        ])
        let nodes = try JSONPathQuery("$..name").select(in: document)
        #expect(nodes.map(\.path.description) == ["$['b'][0]['name']", "$['a']['name']"])
        #expect(nodes.map(\.value) == [.string("x"), .string("y")])
    }

    @Test func booleansAreNotNumbersInFilters() throws {
        let document: JSONValue = .array([.bool(true), .number(1), .number(1.0), .number(-0.0)])
        #expect(try JSONPathQuery("$[?@ == 1]").select(in: document).map(\.path.description) == ["$[1]", "$[2]"])
        #expect(try JSONPathQuery("$[?@ == true]").select(in: document).map(\.path.description) == ["$[0]"])
        #expect(try JSONPathQuery("$[?@ == 0]").select(in: document).map(\.path.description) == ["$[3]"])
    }

    @Test func stringsCompareByScalarsWithoutNormalization() throws {
        let document: JSONValue = .object(["e\u{301}": .number(1), "é": .number(2)])
        #expect(try JSONPathQuery("$['é']").values(in: document) == [.number(2)])
    }

    @Test func valueOfSeveralNodesIsNothingNotNull() throws {
        let document: JSONValue = .array([.array([.number(1), .number(2)]), .array([.null]), .array([])])
        #expect(try JSONPathQuery("$[?value(@.*) == null]").select(in: document).map(\.path.description) == ["$[1]"])
        #expect(try JSONPathQuery("$[?length(@) == value(@.*)]").select(in: document).map(\.path.description) == [])
    }

    @Test func singularityIsReported() throws {
        #expect(try JSONPathQuery("$.a[0]['b']").isSingular)
        #expect(try !JSONPathQuery("$.a[*]").isSingular)
    }

    @Test func randomBytesNeverCrashTheParser() {
        var generator = SeededGenerator(seed: 42)
        let alphabet = Array("$@.[]?()*,:'\"\\-0123456789abcelmnoprstuvwxyz=!<>&| \t\u{1}é😀")
        var valid = 0
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...24, using: &generator)
            let text = String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
            if let query = try? JSONPathQuery("$" + text) {
                valid += 1
                _ = query.select(in: .array([.object(["a": .number(1)]), .string("x")]))
            }
        }
        // Some of the random queries must be valid, or the evaluator was never exercised.
        #expect(valid > 100)
        for _ in 0..<5_000 {
            let bytes = (0..<Int.random(in: 0...32, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = try? JSONPathQuery(String(decoding: bytes, as: UTF8.self))
            _ = try? JSONPathQuery("$" + String(decoding: bytes, as: UTF8.self))
            _ = IRegexp(String(decoding: bytes, as: UTF8.self))?.search("abc")
        }
    }
}
