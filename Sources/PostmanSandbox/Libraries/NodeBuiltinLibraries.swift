/// The Node built-in modules Postman's sandbox exposes, written for Postie: `buffer` (and the global `Buffer`), `url`, `querystring`, `util`, `path`, `events` and `assert`.
enum NodeBuiltinLibraries {
    static var buffer: ScriptLibrary { ScriptLibrary(fileName: "buffer.js", bufferSource) }
    static var url: ScriptLibrary { ScriptLibrary(fileName: "url.js", urlSource) }
    static var querystring: ScriptLibrary { ScriptLibrary(fileName: "querystring.js", querystringSource) }
    static var util: ScriptLibrary { ScriptLibrary(fileName: "util.js", utilSource) }
    static var path: ScriptLibrary { ScriptLibrary(fileName: "path.js", pathSource) }
    static var events: ScriptLibrary { ScriptLibrary(fileName: "events.js", eventsSource) }
    static var assert: ScriptLibrary { ScriptLibrary(fileName: "assert.js", assertSource) }

    static let bufferSource = ##"""
"""##

    static let urlSource = ##"""
"""##

    static let querystringSource = ##"""
"""##

    static let utilSource = ##"""
"""##

    static let pathSource = ##"""
"""##

    static let eventsSource = ##"""
"""##

    static let assertSource = ##"""
"""##
}
