import Foundation
import JSON
import TestSupport
import Testing

@testable import PostmanFormat

/// Random and mangled inputs never crash the loaders: they either load or give located errors.
@Suite struct LoaderFuzzTests {
    static let seedCollection = """
        {"info": {"name": "F", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{t}}"}]},
         "item": [{"name": "A", "item": [{"name": "R", "request": {"method": "POST", "url": {"raw": "{{b}}/x?y=1",
           "host": ["{{b}}"], "path": ["x"], "query": [{"key": "y", "value": "1"}]},
           "header": [{"key": "h", "value": "v"}], "body": {"mode": "urlencoded", "urlencoded": [{"key": "k", "value": "v"}]}},
           "event": [{"listen": "test", "script": {"exec": ["pm.test('x');"]}}],
           "response": [{"name": "E", "code": 200, "header": [], "body": "{}"}]}]}]}
        """

    @Test func randomBytesNeverCrashTheParsers() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2_000 {
            let length = Int.random(in: 0..<64, using: &generator)
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let data = Data(bytes)
            _ = try? JSONParser.parse(data)
            _ = try? DocumentLoader.loadCollection(data: data, file: "f")
            _ = try? DocumentLoader.loadEnvironment(data: data, file: "f")
            _ = try? IterationDataParser.parse(text: String(decoding: data, as: UTF8.self), file: "f")
            _ = URLTemplateParser.parse(String(decoding: data, as: UTF8.self))
        }
    }

    @Test func mangledCollectionsLoadOrFailWithLocatedErrors() {
        var generator = SeededGenerator(seed: 11)
        let original = Array(Self.seedCollection.utf8)
        let replacements = Array("{}[]\":,0123456789tfn-. \\".utf8)
        for _ in 0..<1_500 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes.remove(at: index)
                case 1: bytes.insert(replacements.randomElement(using: &generator) ?? 32, at: index)
                default: bytes[index] = replacements.randomElement(using: &generator) ?? 32
                }
            }
            do {
                _ = try DocumentLoader.loadCollection(data: Data(bytes), file: "f.json")
            } catch {
                #expect(!error.errors.isEmpty)
                #expect(error.description.hasPrefix("error: "))
            }
        }
    }
}
