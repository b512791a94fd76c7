import Foundation
import JSON
import Runner
import Variables

/// Writes a variable scope as a Postman environment or globals file, with real values: the file is the user's
/// own state, so secrets are kept.
enum VariableScopeFile {
    static func render(_ scope: VariableScope, scope kind: String, exportedAt: Date) -> String {
        let values: [JSONValue] = scope.variables.map { variable in
            var entry: JSONObject = [
                "key": .string(variable.key),
                "value": variable.value ?? .null,
                "type": .string(variable.isSecret ? "secret" : (variable.type == "any" ? "default" : variable.type)),
                "enabled": .bool(!variable.isDisabled),
            ]
            if variable.value == nil { entry["value"] = .string("") }
            return .object(entry)
        }
        let document: JSONObject = [
            "name": .string(scope.name),
            "values": .array(values),
            "_postman_variable_scope": .string(kind),
            "_postman_exported_at": .string(ISO8601DateFormatter().string(from: exportedAt)),
            "_postman_exported_using": .string("Postie/\(PostieVersion.current)"),
        ]
        return JSONWriter.write(.object(document), pretty: true) + "\n"
    }
}
