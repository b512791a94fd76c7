/// Splits a URL string into Postman's parts the way the Postman SDK does, leaving `{{variables}}` intact.
package enum URLTemplateParser {
    package static func parse(_ raw: String) -> URLTemplate {
        var rest = Substring(raw)
        var hash: String?
        if let index = firstIndex(of: "#", in: rest) {
            hash = String(rest[rest.index(after: index)...])
            rest = rest[..<index]
        }
        var query: [KeyValueParameter] = []
        if let index = firstIndex(of: "?", in: rest) {
            query = parseQuery(rest[rest.index(after: index)...])
            rest = rest[..<index]
        }
        var scheme: String?
        if let range = rest.range(of: "://") {
            let candidate = rest[..<range.lowerBound]
            if !candidate.contains("/") && !candidate.contains("{") {
                scheme = String(candidate)
                rest = rest[range.upperBound...]
            }
        }
        var hostPart = rest
        var path: [String] = []
        if let slash = firstIndex(of: "/", in: rest) {
            hostPart = rest[..<slash]
            path = splitPath(String(rest[rest.index(after: slash)...]))
        }
        var port: String?
        if let colon = lastIndex(of: ":", in: hostPart), !hostPart[hostPart.index(after: colon)...].contains("]") {
            port = String(hostPart[hostPart.index(after: colon)...])
            hostPart = hostPart[..<colon]
        }
        return URLTemplate(
            raw: raw, scheme: scheme, host: hostPart.isEmpty ? [] : splitHost(String(hostPart)), port: port,
            path: path, query: query, hash: hash)
    }

    /// Host labels split on dots, except dots inside `{{…}}`.
    package static func splitHost(_ host: String) -> [String] {
        split(host, on: ".")
    }

    package static func splitPath(_ path: String) -> [String] {
        let trimmed = path.hasPrefix("/") ? String(path.dropFirst()) : path
        return split(trimmed, on: "/")
    }

    /// `a=1&flag&b=` → a=1, flag (no value), b="" — split at the first `=`.
    package static func parseQuery(_ text: Substring) -> [KeyValueParameter] {
        guard !text.isEmpty else { return [] }
        return split(String(text), on: "&").map { pair in
            if let equals = pair.firstIndex(of: "=") {
                return KeyValueParameter(key: String(pair[..<equals]), value: String(pair[pair.index(after: equals)...]))
            }
            return KeyValueParameter(key: pair, value: nil)
        }
    }

    private static func split(_ text: String, on separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var previous: Character?
        for character in text {
            if character == "{" && previous == "{" { depth += 1 }
            if character == "}" && previous == "}" && depth > 0 { depth -= 1 }
            if character == separator && depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        parts.append(current)
        return parts
    }

    private static func firstIndex(of target: Character, in text: Substring) -> Substring.Index? {
        var depth = 0
        var previous: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "{" && previous == "{" { depth += 1 }
            if character == "}" && previous == "}" && depth > 0 { depth -= 1 }
            if character == target && depth == 0 { return index }
            previous = character
            index = text.index(after: index)
        }
        return nil
    }

    private static func lastIndex(of target: Character, in text: Substring) -> Substring.Index? {
        var found: Substring.Index?
        var depth = 0
        var previous: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "{" && previous == "{" { depth += 1 }
            if character == "}" && previous == "}" && depth > 0 { depth -= 1 }
            if character == target && depth == 0 { found = index }
            previous = character
            index = text.index(after: index)
        }
        return found
    }
}

extension URLTemplate {
    /// The URL as one string, still unresolved, built from the structured parts when there are any.
    /// `:name` path segments are replaced by their `url.variable` values when those are non-empty strings.
    package func text(includingDisabledQuery: Bool = false) -> String {
        guard isStructured else { return raw }
        var text = ""
        if let scheme, !scheme.isEmpty { text += scheme + "://" }
        text += (host ?? []).joined(separator: ".")
        if let port, !port.isEmpty { text += ":" + port }
        if let path, !path.isEmpty {
            text += "/" + path.map(substitutePathVariable).joined(separator: "/")
        }
        let activeQuery = query.filter { includingDisabledQuery || !$0.isDisabled }
        if !activeQuery.isEmpty {
            text += "?" + activeQuery.map { parameter in
                parameter.value.map { parameter.key + "=" + $0 } ?? parameter.key
            }.joined(separator: "&")
        }
        if let hash, !hash.isEmpty { text += "#" + hash }
        return text
    }

    private func substitutePathVariable(_ segment: String) -> String {
        guard segment.hasPrefix(":"), segment.count > 1 else { return segment }
        let body = segment.dropFirst()
        let name = body.prefix { $0 != "." }
        let suffix = body.dropFirst(name.count)
        guard let variable = variables.last(where: { $0.key == name && !$0.isDisabled }),
            let value = variable.value, !value.isEmpty
        else { return segment }
        return value + suffix
    }
}
