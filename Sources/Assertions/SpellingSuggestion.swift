/// Finds the known name a misspelt one was probably meant to be, for "did you mean" help lines.
enum SpellingSuggestion {
    /// Words people bring from other tools, mapped to ours.
    private static let synonyms: [String: String] = [
        "equals": "==", "eq": "==", "equal": "==", "is": "==", "ne": "!=", "notEquals": "!=", "gt": ">", "gte": ">=",
        "lt": "<", "lte": "<=", "includes": "contains", "include": "contains", "match": "matches",
        "isList": "isArray", "isCollection": "isArray", "isBool": "isBoolean", "isFloat": "isNumber",
        "isInt": "isInteger", "isDate": "isIsoDate", "exist": "exists", "header_": "header", "json": "jsonpath",
        "jsonPath": "jsonpath", "JSONPath": "jsonpath", "statusCode": "status", "code": "status",
        "responseTime": "duration", "time": "duration", "content-type": "contentType", "contenttype": "contentType",
        "headers": "header", "cookies": "cookie",
    ]

    /// The best candidate for `word`, or nil when nothing is close enough.
    static func suggest(_ word: String, among candidates: [String]) -> String? {
        if let synonym = synonyms[word], candidates.contains(synonym) { return synonym }
        if let sameLetters = candidates.first(where: { $0.lowercased() == word.lowercased() }) { return sameLetters }
        let limit = max(1, min(3, word.count / 3))
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
