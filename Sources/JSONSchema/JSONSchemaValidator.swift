import JSON

/// Validates JSON documents against JSON Schema drafts 04, 06 and 07.
package struct JSONSchemaValidator {
    package init() {}
}
