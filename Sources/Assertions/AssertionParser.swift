import JSON
import JSONPath

/// Parses one assertion line: `[not] <query> [count] [not] <predicate> [value]`.
///
/// Queries: `status`, `header "Name"`, `jsonpath "$.a"` (or a bare `$.a`), `body`, `duration`, `size`,
/// `cookie "name"`, `contentType`. Values are JSON literals, `{{variable}}` templates, `2xx` status classes and
/// `/regex/` literals. Errors underline the offending token and suggest the name that was probably meant.
package struct AssertionParser {
    let line: String
    let scalars: [Unicode.Scalar]
    var position = 0

    init(_ line: String) {
        self.line = line
        self.scalars = Array(line.unicodeScalars)
    }

    /// Parses a whole assertion line.
    package static func parse(_ line: String) throws(AssertionSyntaxError) -> Assertion {
        var parser = AssertionParser(Self.trimmed(line))
        return try parser.parseAssertion()
    }

    /// Parses only a query (as a capture uses it): `$.a.b`, `header "Location"`, `status`, ….
    package static func parseQuery(_ text: String) throws(AssertionSyntaxError) -> AssertionQuery {
        var parser = AssertionParser(Self.trimmed(text))
        let query = try parser.parseQuery()
        parser.skipSpaces()
        if parser.peek != nil {
            throw parser.failure("unexpected text after the query", length: parser.scalars.count - parser.position)
        }
        return query
    }

    private static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    private mutating func parseAssertion() throws(AssertionSyntaxError) -> Assertion {
        guard !scalars.isEmpty else {
            throw failure("empty assertion", help: "write a check such as: status == 200")
        }
        var negated = false
        if peekWord() == "not" {
            negated = true
            position += 3
            skipSpaces()
        }
        let query = try parseQuery()
        skipSpaces()
        var counts = false
        if peekWord() == "count" {
            counts = true
            position += 5
            skipSpaces()
        }
        if peekWord() == "not" {
            if negated { throw failure("'not' can appear only once", length: 3) }
            negated = true
            position += 3
            skipSpaces()
        }
        let predicate = try parsePredicate()
        skipSpaces()
        if peek != nil {
            throw failure("unexpected text after the assertion", length: scalars.count - position)
        }
        return Assertion(source: line, query: query, counts: counts, isNegated: negated, predicate: predicate)
    }

    // MARK: - Queries

    mutating func parseQuery() throws(AssertionSyntaxError) -> AssertionQuery {
        let start = position
        if peek == "$" {
            return try parseBareJSONPath()
        }
        let word = readWord()
        switch word {
        case "status": return .status
        case "body": return .body
        case "duration": return .duration
        case "size": return .size
        case "contentType": return .contentType
        case "header", "cookie", "jsonpath":
            skipSpaces()
            guard peek == "\"" else {
                let what = word == "jsonpath" ? "a quoted JSONPath" : word == "header" ? "a quoted header name" : "a quoted cookie name"
                throw failure("'\(word)' needs \(what), such as \(word) \(Self.example(for: word))")
            }
            let argumentStart = position
            let argument = try parseQuotedString()
            switch word {
            case "header": return .header(argument)
            case "cookie": return .cookie(argument)
            default: return try compileJSONPath(argument, at: argumentStart + 1)
            }
        case "":
            throw failure(
                "expected a query such as status, header \"Name\" or $.path",
                help: "the queries are " + AssertionQuery.keywords.joined(separator: ", "))
        default:
            let suggestion = SpellingSuggestion.suggest(word, among: AssertionQuery.keywords)
            throw failure(
                "unknown query '\(word)'", at: start, length: word.unicodeScalars.count,
                help: suggestion.map { "did you mean '\($0)'?" }
                    ?? "the queries are " + AssertionQuery.keywords.joined(separator: ", "))
        }
    }

    private static func example(for word: String) -> String {
        switch word {
        case "header": "\"Content-Type\""
        case "cookie": "\"session\""
        default: "\"$.id\""
        }
    }

    /// Reads a `$…` path up to the first blank or comparison character outside brackets, parentheses and quotes.
    private mutating func parseBareJSONPath() throws(AssertionSyntaxError) -> AssertionQuery {
        let start = position
        var depth = 0
        var quote: Unicode.Scalar?
        while let scalar = peek {
            if let open = quote {
                if scalar == "\\" {
                    position += 1
                } else if scalar == open {
                    quote = nil
                }
            } else if scalar == "'" || scalar == "\"" {
                quote = scalar
            } else if scalar == "[" || scalar == "(" {
                depth += 1
            } else if scalar == "]" || scalar == ")" {
                depth -= 1
            } else if depth <= 0 && (Self.isSpace(scalar) || "=!<>".unicodeScalars.contains(scalar)) {
                // Outside brackets a JSONPath never contains these, so `$.a==1` splits where a reader expects.
                break
            }
            position += 1
        }
        position = min(position, scalars.count)
        let text = String(String.UnicodeScalarView(scalars[start..<position]))
        return try compileJSONPath(text, at: start)
    }

    private func compileJSONPath(_ text: String, at start: Int) throws(AssertionSyntaxError) -> AssertionQuery {
        do {
            return .jsonPath(try JSONPathQuery(text))
        } catch {
            // `{{…}}` standing for a number or a name is checked with a stand-in, and parsed for real later.
            if text.contains("{{"), ["0", "a"].contains(where: { (try? JSONPathQuery(Self.replacingTemplates(in: text, with: $0))) != nil }) {
                return .jsonPathTemplate(text)
            }
            throw failure("invalid JSONPath: \(error.message)", at: min(start + error.offset, scalars.count))
        }
    }

    /// `text` with every `{{…}}` replaced by `replacement`.
    private static func replacingTemplates(in text: String, with replacement: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            result += rest[..<open.lowerBound] + replacement
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    // MARK: - Predicates

    private mutating func parsePredicate() throws(AssertionSyntaxError) -> AssertionPredicate {
        let start = position
        guard let next = peek else {
            throw failure("expected a predicate after the query", help: "add a predicate such as == 200, exists or isString")
        }
        let name: String
        if "=!<>".unicodeScalars.contains(next) {
            var symbol = String(next)
            position += 1
            if peek == "=" {
                symbol += "="
                position += 1
            }
            name = symbol
        } else {
            name = readWord()
        }
        let nameLength = position - start
        switch name {
        case "exists": return .exists
        case "isString": return .isString
        case "isNumber": return .isNumber
        case "isInteger": return .isInteger
        case "isBoolean": return .isBoolean
        case "isArray": return .isArray
        case "isObject": return .isObject
        case "isNull": return .isNull
        case "isEmpty": return .isEmpty
        case "isIsoDate": return .isIsoDate
        case "isUuid": return .isUuid
        case "isEmail": return .isEmail
        default: break
        }
        if let comparison = AssertionComparison(rawValue: name) {
            let value = try parsePredicateValue(after: name)
            return .compare(comparison, value)
        }
        switch name {
        case "contains": return .contains(try parsePredicateValue(after: name))
        case "startsWith": return .startsWith(try parsePredicateValue(after: name))
        case "endsWith": return .endsWith(try parsePredicateValue(after: name))
        case "matches":
            skipSpaces()
            let valueStart = position
            let value = try parsePredicateValue(after: name)
            switch value {
            case .regex(let pattern), .literal(.string(let pattern)):
                guard IRegexp(pattern, dialect: .extended) != nil else {
                    throw failure("invalid regular expression", at: valueStart, length: position - valueStart)
                }
            case .template, .bareTemplate:
                break
            default:
                throw failure("'matches' needs a /regex/ or a string", at: valueStart, length: position - valueStart)
            }
            return .matches(value)
        case "in":
            skipSpaces()
            let valueStart = position
            switch try parsePredicateValue(after: name) {
            case .array(let elements): return .isIn(elements)
            case .literal(.array(let values)): return .isIn(values.map(AssertionValue.literal))
            default:
                throw failure("'in' needs an array such as [200, 204]", at: valueStart, length: position - valueStart)
            }
        case "":
            throw failure("expected a predicate such as ==, exists or isString")
        default:
            let suggestion = SpellingSuggestion.suggest(name, among: AssertionPredicate.keywords)
            throw failure(
                "unknown predicate '\(name)'", at: start, length: nameLength,
                help: suggestion.map { "did you mean '\($0)'?" } ?? "the predicates are "
                    + AssertionPredicate.keywords.joined(separator: ", "))
        }
    }

    private mutating func parsePredicateValue(after name: String) throws(AssertionSyntaxError) -> AssertionValue {
        skipSpaces()
        guard peek != nil else { throw failure("'\(name)' needs a value") }
        let start = position
        let value = try parseValue()
        if case .statusClass = value, !["==", "!=", "in"].contains(name) {
            throw failure("a status class such as 2xx works only with ==, != and in", at: start, length: position - start)
        }
        if case .regex = value, name != "matches" {
            throw failure("a /regex/ works only with 'matches'", at: start, length: position - start)
        }
        return value
    }

    // MARK: - Scanning

    var peek: Unicode.Scalar? {
        position < scalars.count ? scalars[position] : nil
    }

    /// The word at the current position if it is followed by a blank or the end, without consuming it.
    func peekWord() -> String? {
        var end = position
        while end < scalars.count, Self.isWordCharacter(scalars[end]) { end += 1 }
        guard end > position, end == scalars.count || Self.isSpace(scalars[end]) else { return nil }
        return String(String.UnicodeScalarView(scalars[position..<end]))
    }

    mutating func readWord() -> String {
        let start = position
        while let scalar = peek, Self.isWordCharacter(scalar) { position += 1 }
        return String(String.UnicodeScalarView(scalars[start..<position]))
    }

    mutating func skipSpaces() {
        while let scalar = peek, Self.isSpace(scalar) { position += 1 }
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || scalar == "_" || scalar == "-"
    }

    func failure(_ message: String, at offset: Int? = nil, length: Int = 1, help: String? = nil) -> AssertionSyntaxError {
        AssertionSyntaxError(message: message, line: line, offset: offset ?? position, length: length, help: help)
    }
}
