/// moment, written for Postie: `require('moment')` (moment 2.30, locale `en`).
enum MomentLibrary {
    static var moment: ScriptLibrary { ScriptLibrary(fileName: "moment.js", momentSource) }

    static let momentSource = ##"""
"""##
}
