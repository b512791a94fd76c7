/// The Sugar.js prototype extensions Postman scripts still use (`String.prototype.has`, `Array.prototype.each`…), installed lazily in every realm.
enum SugarLibrary {
    static var sugar: ScriptLibrary { ScriptLibrary(fileName: "sugar.js", sugarSource) }

    static let sugarSource = ##"""
"""##
}
