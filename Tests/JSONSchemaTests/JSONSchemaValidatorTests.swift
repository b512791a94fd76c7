import JSON
import JSONSchema
import Testing

@Suite struct JSONSchemaValidatorTests {
    @Test func validatorExists() {
        _ = JSONSchemaValidator()
    }
}
