/// uuid, written for Postie: `require('uuid')` (v1, v4, validate, version).
enum UUIDLibrary {
    static var uuid: ScriptLibrary { ScriptLibrary(fileName: "uuid.js", uuidSource) }

    static let uuidSource = ##"""
"""##
}
