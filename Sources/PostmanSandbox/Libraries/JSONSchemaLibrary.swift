/// tv4 and Ajv 6 over Postie's own JSON Schema validator: the global `tv4`, `require('tv4')` and `require('ajv')`.
enum JSONSchemaLibrary {
    static var tv4: ScriptLibrary { ScriptLibrary(fileName: "tv4.js", tv4Source) }
    static var ajv: ScriptLibrary { ScriptLibrary(fileName: "ajv.js", ajvSource) }

    static let tv4Source = ##"""
"""##

    static let ajvSource = ##"""
"""##
}
