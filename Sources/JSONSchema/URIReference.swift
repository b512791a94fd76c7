/// RFC 3986 reference resolution, enough for schema identifiers and `$ref`s: relative paths, dot segments,
/// fragments and URNs.
enum URIReference {
    /// The parts of a URI reference; `nil` means the part is absent, which differs from empty.
    private struct Parts {
        var scheme: String?
        var authority: String?
        var path: String
        var query: String?
        var fragment: String?

        init(_ text: String) {
            var rest = Substring(text)
            if let hash = rest.firstIndex(of: "#") {
                fragment = String(rest[rest.index(after: hash)...])
                rest = rest[..<hash]
            }
            if let mark = rest.firstIndex(of: "?") {
                query = String(rest[rest.index(after: mark)...])
                rest = rest[..<mark]
            }
            if let colon = rest.firstIndex(of: ":"), Self.isScheme(rest[..<colon]) {
                scheme = String(rest[..<colon])
                rest = rest[rest.index(after: colon)...]
            }
            if rest.hasPrefix("//") {
                let afterSlashes = rest.index(rest.startIndex, offsetBy: 2)
                let end = rest[afterSlashes...].firstIndex(of: "/") ?? rest.endIndex
                authority = String(rest[afterSlashes..<end])
                rest = rest[end...]
            }
            path = String(rest)
        }

        static func isScheme(_ text: Substring) -> Bool {
            guard let first = text.first, first.isASCII, first.isLetter else { return false }
            return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
        }

        var text: String {
            var result = ""
            if let scheme { result += scheme + ":" }
            if let authority { result += "//" + authority }
            result += path
            if let query { result += "?" + query }
            if let fragment { result += "#" + fragment }
            return result
        }
    }

    /// `reference` resolved against `base`. An empty base leaves relative references relative.
    static func resolve(_ reference: String, against base: String) -> String {
        let relative = Parts(reference)
        if base.isEmpty { return relative.text }
        let baseParts = Parts(base)
        var target = relative
        if relative.scheme != nil {
            target.path = removeDotSegments(relative.path)
        } else {
            target.scheme = baseParts.scheme
            if relative.authority != nil {
                target.path = removeDotSegments(relative.path)
            } else {
                target.authority = baseParts.authority
                if relative.path.isEmpty {
                    target.path = baseParts.path
                    target.query = relative.query ?? baseParts.query
                } else if relative.path.hasPrefix("/") {
                    target.path = removeDotSegments(relative.path)
                } else {
                    target.path = removeDotSegments(merge(baseParts, relative.path))
                }
            }
        }
        return target.text
    }

    /// The URI without its fragment, and the fragment (`nil` when there is no `#`).
    static func split(_ uri: String) -> (document: String, fragment: String?) {
        guard let hash = uri.firstIndex(of: "#") else { return (uri, nil) }
        return (String(uri[..<hash]), String(uri[uri.index(after: hash)...]))
    }

    /// The URI with an empty trailing fragment removed: `a.json#` and `a.json` name the same resource.
    static func normalized(_ uri: String) -> String {
        uri.hasSuffix("#") ? String(uri.dropLast()) : uri
    }

    private static func merge(_ base: Parts, _ path: String) -> String {
        if base.authority != nil && base.path.isEmpty { return "/" + path }
        guard let slash = base.path.lastIndex(of: "/") else { return path }
        return base.path[...slash] + path
    }

    private static func removeDotSegments(_ path: String) -> String {
        guard path.contains(".") else { return path }
        var input = Substring(path)
        var output: [Substring] = []
        let absolute = path.hasPrefix("/")
        if absolute { input = input.dropFirst() }
        let segments = input.split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            if segment == "." {
                if isLast { output.append("") }
            } else if segment == ".." {
                if !output.isEmpty { output.removeLast() }
                if isLast { output.append("") }
            } else {
                output.append(segment)
            }
        }
        return (absolute ? "/" : "") + output.joined(separator: "/")
    }
}
