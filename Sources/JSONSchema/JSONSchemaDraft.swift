/// The JSON Schema drafts the validator implements.
package enum JSONSchemaDraft: Int, Sendable, CaseIterable {
    case draft4 = 4
    case draft6 = 6
    case draft7 = 7

    /// The draft a `$schema` URI names, or nil for one we don't know.
    package init?(metaSchemaURI uri: String) {
        if uri.contains("draft-04") {
            self = .draft4
        } else if uri.contains("draft-06") {
            self = .draft6
        } else if uri.contains("draft-07") {
            self = .draft7
        } else {
            return nil
        }
    }

    /// The keyword that gives a schema its URI in this draft.
    var idKeyword: String { self == .draft4 ? "id" : "$id" }
}

/// A problem with a schema itself, found when compiling it: an unresolvable `$ref`, an unknown format…
package struct JSONSchemaCompileError: Error, Equatable, Sendable {
    package let message: String

    package init(_ message: String) {
        self.message = message
    }
}

/// One validation failure, in Ajv 6's shape: `{ keyword, dataPath, schemaPath, params, message }`.
package struct JSONSchemaError: Sendable, Equatable {
    package var keyword: String
    /// Ajv's JavaScript-style path to the failing value: `.items[0].id`, `['a-b']`.
    package var dataPath: String
    /// The failing keyword's place in the schema: `#/properties/id/type`.
    package var schemaPath: String
    package var params: JSONObject
    package var message: String
    /// For a failure inside `propertyNames`: the name that failed.
    package var propertyName: String?

    /// The error as the JSON object Ajv would report.
    package var jsonValue: JSONValue {
        var object: JSONObject = [
            "keyword": .string(keyword), "dataPath": .string(dataPath), "schemaPath": .string(schemaPath),
            "params": .object(params), "message": .string(message),
        ]
        if let propertyName { object["propertyName"] = .string(propertyName) }
        return .object(object)
    }
}

import JSON
