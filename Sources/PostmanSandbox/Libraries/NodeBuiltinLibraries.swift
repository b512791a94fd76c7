/// The Node built-in modules Postman's sandbox exposes, written for Postie: `buffer` (and the global `Buffer`), `url`,
/// `querystring`, `util`, `path`, `events` and `assert`. Each source is in its own extension file
/// (`NodeBuiltinLibraries+Buffer.swift`…).
enum NodeBuiltinLibraries {
    static var buffer: ScriptLibrary { ScriptLibrary(fileName: "buffer.js", bufferSource, bufferMethodsSource) }
    static var url: ScriptLibrary { ScriptLibrary(fileName: "url.js", urlSource, whatwgURLSource) }
    static var querystring: ScriptLibrary { ScriptLibrary(fileName: "querystring.js", querystringSource) }
    static var util: ScriptLibrary { ScriptLibrary(fileName: "util.js", utilSource, deepEqualSource, natives: utilNatives) }
    static var path: ScriptLibrary { ScriptLibrary(fileName: "path.js", pathSource) }
    static var events: ScriptLibrary { ScriptLibrary(fileName: "events.js", eventsSource) }
    static var assert: ScriptLibrary { ScriptLibrary(fileName: "assert.js", assertSource, deepEqualSource, natives: utilNatives) }
}
