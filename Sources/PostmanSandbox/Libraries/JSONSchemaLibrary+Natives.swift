import JSON
import JSONSchema
import JavaScriptInterpreter

/// The Swift half of Ajv: each `new Ajv()` owns a `JSONSchemaValidator`, and each compiled schema is kept here
/// by number, so JavaScript holds only numbers and plain error objects.
extension JSONSchemaLibrary {
    /// The validators and compiled schemas of one realm.
    final class AjvState {
        var validators: [JSONSchemaValidator] = []
        var compiled: [JSONSchema] = []
    }

    static func ajvNatives(_ realm: Realm) -> JSObject {
        let natives = realm.newObject()
        let state = AjvState()
        func define(_ name: String, _ length: Int, _ body: @escaping NativeFunction) {
            realm.defineValue(natives, name, .object(realm.newFunction(name, length: length, body)), enumerable: false)
        }
        // create(options) -> validator number
        define("create", 1) { call throws(JSThrow) in
            let json = try SandboxHost.json(call, call[0])
            var options = JSONSchemaValidator.Options()
            options.allErrors = json["allErrors"]?.boolValue ?? false
            switch json["schemaId"]?.stringValue {
            case "id": options.identifiers = .id
            case "auto": options.identifiers = .both
            default: options.identifiers = .draft
            }
            switch json["unknownFormats"] {
            case .string("ignore"), .bool(false), .array: options.rejectsUnknownFormats = false
            default: options.rejectsUnknownFormats = true
            }
            if json["format"]?.boolValue == false { options.checksFormats = false }
            options.fastFormats = json["format"]?.stringValue != "full"
            state.validators.append(JSONSchemaValidator(options: options))
            return .number(Double(state.validators.count - 1))
        }
        // addSchema(validator, schema, key?) -> the key
        define("addSchema", 3) { call throws(JSThrow) in
            let validator = try validator(call, state)
            let schema = try SandboxHost.json(call, call[1])
            let key = call[2].isNullish ? nil : try SandboxHost.string(call, call[2])
            do throws(JSONSchemaCompileError) {
                return .string(JSString(try validator.addSchema(schema, uri: key)))
            } catch {
                throw call.realm.throwError("Error", error.message)
            }
        }
        // compile(validator, schema) -> compiled number
        define("compile", 2) { call throws(JSThrow) in
            let validator = try validator(call, state)
            let schema = try SandboxHost.json(call, call[1])
            do throws(JSONSchemaCompileError) {
                state.compiled.append(try validator.compile(schema))
            } catch {
                throw call.realm.throwError("Error", error.message)
            }
            return .number(Double(state.compiled.count - 1))
        }
        // compileKey(validator, key) -> compiled number, or undefined when no schema has that key
        define("compileKey", 2) { call throws(JSThrow) in
            let validator = try validator(call, state)
            let key = try SandboxHost.string(call, call[1])
            guard validator.hasSchema(key) || validator.hasSchema(key.split(separator: "#").first.map(String.init) ?? key)
            else { return .undefined }
            do throws(JSONSchemaCompileError) {
                state.compiled.append(try validator.compile(uri: key))
            } catch {
                throw call.realm.throwError("Error", error.message)
            }
            return .number(Double(state.compiled.count - 1))
        }
        // validate(compiled, data) -> null when valid, else the errors
        define("validate", 2) { call throws(JSThrow) in
            guard case .number(let number) = call[0], let index = Int(exactly: number), state.compiled.indices.contains(index)
            else { throw call.realm.throwError("TypeError", "not a compiled schema") }
            let errors = state.compiled[index].validate(try SandboxHost.json(call, call[1]))
            if errors.isEmpty { return .null }
            return call.realm.value(from: .array(errors.map(\.jsonValue)))
        }
        return natives
    }

    private static func validator(_ call: NativeCall, _ state: AjvState) throws(JSThrow) -> JSONSchemaValidator {
        guard case .number(let number) = call[0], let index = Int(exactly: number), state.validators.indices.contains(index)
        else { throw call.realm.throwError("TypeError", "not an Ajv instance") }
        return state.validators[index]
    }
}
