import Foundation
import JSON
import JSONSchema
import Testing

/// The upstream JSON-Schema-Test-Suite for drafts 04, 06 and 07, read from `Suite/` beside this file. Every
/// required test must pass; optional ones may be skipped, each with a reason in `skipped`.
@Suite struct JSONSchemaTestSuiteTests {
    static let suite = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Suite")

    /// Optional tests we don't pass, by `draft/file › group › test` (or a prefix of it), with why.
    static let skipped: [String: String] = {
        var result: [String: String] = [:]
        for draft in ["draft4", "draft6", "draft7"] {
            let optional = draft + "/optional/"
            result[optional + "zeroTerminatedFloats.json"] =
                "the JSON parser keeps numbers as doubles, so 1.0 and 1 can't be told apart"
            result[optional + "format/uri.json › validation of URIs › invalid userinfo"] =
                "URIs are checked character by character and for authority shape, not every RFC 3986 rule"
            result[optional + "format/uri.json › validation of URIs › leading zero in an embedded IPv4"] =
                "URIs are checked character by character and for authority shape, not every RFC 3986 rule"
            result[optional + "format/uri.json › validation of URIs › square brackets are not allowed in a path"] =
                "URIs are checked character by character and for authority shape, not every RFC 3986 rule"
            result[optional + "format/uri-reference.json › validation of URI References › square brackets outside"] =
                "URIs are checked character by character and for authority shape, not every RFC 3986 rule"
            result[optional + "format/uri-reference.json › validation of URI References › more than one at-sign"] =
                "URIs are checked character by character and for authority shape, not every RFC 3986 rule"
            result[optional + "format/uri-reference.json › validation of URI References › a leading zero in the IPv4"] =
                "URIs are checked character by character and for authority shape, not every RFC 3986 rule"
        }
        result["draft7/optional/content.json"] =
            "contentMediaType and contentEncoding are annotations in draft 7; Ajv 6 doesn't check them either"
        result["draft7/optional/cross-draft.json"] = "drafts 2019-09 and later are not implemented"
        result["draft7/optional/format/idn-hostname.json"] = "not a format Ajv 6 knows; not checked"
        result["draft7/optional/format/idn-email.json"] = "not a format Ajv 6 knows; not checked"
        result["draft7/optional/format/iri.json"] = "not a format Ajv 6 knows; not checked"
        result["draft7/optional/format/iri-reference.json"] = "not a format Ajv 6 knows; not checked"
        result["draft6/optional/format/uri-template.json"] = "only balanced braces are checked, not RFC 6570's expression grammar"
        result["draft7/optional/format/uri-template.json"] =
            "only balanced braces are checked, not RFC 6570's expression grammar"
        result["draft7/optional/format/hostname.json › validation of A-label (punycode) host names"] =
            "Punycode and IDNA rules for A-labels are not implemented"
        result["draft7/optional/format/ecmascript-regex.json"] =
            "the regex format is checked by compiling with ICU, whose syntax differs from ECMA 262 at the edges"
        return result
    }()

    static var files: [String] {
        var result: [String] = []
        for draft in ["draft4", "draft6", "draft7"] {
            let directory = suite.appendingPathComponent("tests").appendingPathComponent(draft)
            let enumerator = FileManager.default.enumerator(atPath: directory.path)
            while let path = enumerator?.nextObject() as? String {
                if path.hasSuffix(".json") { result.append(draft + "/" + path) }
            }
        }
        return result.sorted()
    }

    static let remotes: [(uri: String, schema: JSONValue)] = {
        let directory = suite.appendingPathComponent("remotes")
        let enumerator = FileManager.default.enumerator(atPath: directory.path)
        var result: [(String, JSONValue)] = []
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".json"),
                let data = FileManager.default.contents(atPath: directory.appendingPathComponent(path).path),
                let json = try? JSONParser.parse(data)
            else { continue }
            result.append(("http://localhost:1234/" + path, json))
        }
        return result
    }()

    static func draft(of file: String) -> JSONSchemaDraft {
        file.hasPrefix("draft4") ? .draft4 : file.hasPrefix("draft6") ? .draft6 : .draft7
    }

    @Test func suiteIsPresent() {
        #expect(Self.files.count > 90)
        #expect(Self.remotes.count > 10)
    }

    @Test(arguments: files) func suiteFile(_ file: String) throws {
        let data = try #require(
            FileManager.default.contents(atPath: Self.suite.appendingPathComponent("tests/" + file).path))
        let groups = try #require(try JSONParser.parse(data).arrayValue)
        var failures: [String] = []
        for group in groups {
            let groupName = "\(file) › \(group["description"]?.stringValue ?? "?")"
            var options = JSONSchemaValidator.Options()
            options.defaultDraft = Self.draft(of: file)
            options.allErrors = false
            let validator = JSONSchemaValidator(options: options)
            for remote in Self.remotes { _ = try? validator.addSchema(remote.schema, uri: remote.uri) }
            let schema: JSONSchema
            do {
                schema = try validator.compile(group["schema"] ?? .null)
            } catch {
                if !isSkipped(groupName) { failures.append("\(groupName): compile error \(error.message)") }
                continue
            }
            for test in group["tests"]?.arrayValue ?? [] {
                let name = "\(groupName) › \(test["description"]?.stringValue ?? "?")"
                let expected = test["valid"]?.boolValue ?? true
                let errors = schema.validate(test["data"] ?? .null)
                if errors.isEmpty != expected && !isSkipped(name) {
                    failures.append("\(name): expected \(expected ? "valid" : "invalid")")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    private func isSkipped(_ name: String) -> Bool {
        Self.skipped.keys.contains { name.hasPrefix($0) }
    }
}
