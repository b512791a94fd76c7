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

    /// Every library, for the test that compiles all their units.
    static let libraryNames = [
        "lodash4", "lodash3", "moment", "crypto-js", "uuid", "tv4", "ajv", "xml2js", "cheerio", "buffer", "url",
        "querystring", "util", "path", "events", "assert", "sugar",
    ]

    static func library(named name: String) -> ScriptLibrary? {
        switch name {
        case "lodash4": LodashLibrary.lodash4
        case "lodash3": LodashLibrary.lodash3
        case "moment": MomentLibrary.moment
        case "crypto-js": CryptoJSLibrary.cryptoJS
        case "uuid": UUIDLibrary.uuid
        case "tv4": JSONSchemaLibrary.tv4
        case "ajv": JSONSchemaLibrary.ajv
        case "xml2js": XML2JSLibrary.xml2js
        case "cheerio": CheerioLibrary.cheerio
        case "buffer": NodeBuiltinLibraries.buffer
        case "url": NodeBuiltinLibraries.url
        case "querystring": NodeBuiltinLibraries.querystring
        case "util": NodeBuiltinLibraries.util
        case "path": NodeBuiltinLibraries.path
        case "events": NodeBuiltinLibraries.events
        case "assert": NodeBuiltinLibraries.assert
        case "sugar": SugarLibrary.sugar
        default: nil
        }
    }
}
