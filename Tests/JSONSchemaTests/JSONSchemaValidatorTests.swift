import JSON
import JSONSchema
import Testing

/// The validator's own promises beyond the upstream suite: decimal `multipleOf`, code-point lengths, Ajv's error
/// shape, `$ref` to added schemas and compile errors.
@Suite struct JSONSchemaValidatorTests {
    private func errors(_ schema: JSONValue, _ data: JSONValue, allErrors: Bool = true) throws -> [JSONSchemaError] {
        var options = JSONSchemaValidator.Options()
        options.allErrors = allErrors
        return try JSONSchemaValidator(options: options).compile(schema).validate(data)
    }

    @Test(arguments: [(19.99, 0.01, true), (0.3, 0.1, true), (0.0075, 0.0001, true), (1.1, 0.1, true),
                      (4.5, 1.5, true), (1e308, 0.5, true), (0.123, 0.1, false), (7, 2, false), (100, 0.03, false)])
    func multipleOfIsDecimal(_ value: Double, _ divisor: Double, _ valid: Bool) throws {
        #expect(try errors(["multipleOf": .number(divisor)], .number(value)).isEmpty == valid)
    }

    @Test func lengthsCountCodePoints() throws {
        #expect(try errors(["maxLength": 2], "\u{1F600}\u{1F600}").isEmpty)
        #expect(try errors(["minLength": 3], "\u{1F600}\u{1F600}").count == 1)
    }

    @Test func errorsHaveAjvsShape() throws {
        let found = try errors(
            ["properties": ["items": ["items": ["required": ["id"], "properties": ["id": ["type": "string"]]]]]],
            ["items": [["id": "a"], [:], ["id": 5]]])
        #expect(found.map(\.dataPath) == [".items[1]", ".items[2].id"])
        #expect(found.map(\.schemaPath) == ["#/properties/items/items/required", "#/properties/items/items/properties/id/type"])
        #expect(found.map(\.message) == ["should have required property 'id'", "should be string"])
        #expect(try errors(["type": "object", "required": ["a", "b"]], [:], allErrors: false).count == 1)
    }

    @Test func refsReachAddedSchemasAndMetaSchemas() throws {
        let validator = JSONSchemaValidator()
        try validator.addSchema(["type": "integer", "minimum": 1], uri: "http://example.com/positive.json")
        let schema = try validator.compile(["items": ["$ref": "http://example.com/positive.json"]])
        #expect(schema.isValid([1, 2]))
        #expect(schema.validate([1, 0]).first?.schemaPath == "http://example.com/positive.json/minimum")
        let meta = try validator.compile(["$ref": "http://json-schema.org/draft-07/schema#"])
        #expect(meta.isValid(["type": "string"]))
        #expect(!meta.isValid(["type": 5]))
    }

    @Test func compileErrorsNameTheProblem() {
        #expect(throws: JSONSchemaCompileError("can't resolve reference #/definitions/x from id #")) {
            try JSONSchemaValidator().compile(["$ref": "#/definitions/x"])
        }
        var options = JSONSchemaValidator.Options()
        options.rejectsUnknownFormats = true
        #expect(throws: JSONSchemaCompileError("unknown format \"colour\" is used in schema at path \"#/properties/a\"")) {
            try JSONSchemaValidator(options: options).compile(["properties": ["a": ["format": "colour"]]])
        }
    }
}
