/// Which libraries Postie ships, the names `require` knows them by, and the globals that load them, as
/// Postman's sandbox has them (`../shared/research/newman.md` §6).
enum ScriptLibraryCatalog {
    /// The library behind each name `require` accepts (besides `chai`, `atob` and `btoa`, which the prelude
    /// provides).
    static let modules: [String: String] = [
        "lodash": "lodash4", "moment": "moment", "crypto-js": "crypto-js", "uuid": "uuid",
        "tv4": "tv4", "ajv": "ajv", "xml2js": "xml2js", "cheerio": "cheerio",
        "buffer": "buffer", "url": "url", "querystring": "querystring", "util": "util", "path": "path",
        "events": "events", "assert": "assert",
    ]

    /// A global that loads a library on first read: its module value, or one unit of it.
    struct Global {
        let name: String
        let library: String
        var unit: String? = nil
    }

    /// The legacy library globals. `_` is lodash 3, as in Postman; `require('lodash')` is lodash 4.
    static let globals: [Global] = [
        Global(name: "_", library: "lodash3"),
        Global(name: "CryptoJS", library: "crypto-js"),
        Global(name: "tv4", library: "tv4"),
        Global(name: "cheerio", library: "cheerio"),
        Global(name: "xml2Json", library: "xml2js", unit: "$xml2Json"),
        Global(name: "Buffer", library: "buffer", unit: "Buffer"),
    ]

    /// Libraries whose dotted units extend the built-ins (Sugar's `String.prototype.has`…) in every realm.
    static let extensionLibraries = ["sugar"]

    /// Every library by name, each built when asked for (its source is joined from parts on each call).
    private static let builders: [(name: String, build: @Sendable () -> ScriptLibrary)] = [
        ("lodash4", { LodashLibrary.lodash4 }), ("lodash3", { LodashLibrary.lodash3 }),
        ("moment", { MomentLibrary.moment }), ("crypto-js", { CryptoJSLibrary.cryptoJS }),
        ("uuid", { UUIDLibrary.uuid }), ("tv4", { JSONSchemaLibrary.tv4 }), ("ajv", { JSONSchemaLibrary.ajv }),
        ("xml2js", { XML2JSLibrary.xml2js }), ("cheerio", { CheerioLibrary.cheerio }),
        ("buffer", { NodeBuiltinLibraries.buffer }), ("url", { NodeBuiltinLibraries.url }),
        ("querystring", { NodeBuiltinLibraries.querystring }), ("util", { NodeBuiltinLibraries.util }),
        ("path", { NodeBuiltinLibraries.path }), ("events", { NodeBuiltinLibraries.events }),
        ("assert", { NodeBuiltinLibraries.assert }), ("sugar", { SugarLibrary.sugar }),
    ]

    /// Every library, for the test that compiles all their units.
    static var libraryNames: [String] { builders.map(\.name) }

    static func library(named name: String) -> ScriptLibrary? {
        builders.first { $0.name == name }?.build()
    }
}
