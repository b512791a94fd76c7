/// xml2js 0.4 over Postie's own XML parser: `require('xml2js')` and the global `xml2Json`.
enum XML2JSLibrary {
    static var xml2js: ScriptLibrary { ScriptLibrary(fileName: "xml2js.js", xml2jsSource) }

    static let xml2jsSource = ##"""
"""##
}
