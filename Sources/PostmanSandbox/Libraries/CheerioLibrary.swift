/// cheerio 0.22's basic selector API over Postie's own HTML parser: the global `cheerio` and `require('cheerio')`.
enum CheerioLibrary {
    static var cheerio: ScriptLibrary { ScriptLibrary(fileName: "cheerio.js", cheerioSource, natives: MarkupScriptTree.htmlNatives) }

    static let cheerioSource = ##"""
"""##
}
