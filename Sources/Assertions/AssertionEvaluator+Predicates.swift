import JSON
import JSONPath

extension AssertionEvaluator {
    /// An expected value after templates are resolved.
    enum Expected {
        case json(JSONValue)
        case statusClass(Int)
        case pattern(String)

        var text: String {
            switch self {
            case .json(let value): JSONWriter.write(value)
            case .statusClass(let digit): "\(digit)xx"
            case .pattern(let pattern): "/\(pattern.replacingSlashes)/"
            }
        }
    }

    package func evaluate(_ assertion: Assertion) -> AssertionResult {
        let expectedText = (assertion.isNegated ? "not " : "") + describe(assertion.predicate)
        func result(_ passed: Bool, actual: String, path: String? = nil, message: String? = nil) -> AssertionResult {
            AssertionResult(
                name: assertion.source, passed: passed, expected: expectedText, actual: Self.capped(actual), path: path,
                message: message)
        }

        var subject = subject(of: assertion.query)
        if assertion.counts {
            switch subject {
            case .nodes(let nodes):
                subject = .value(.number(Double(nodes.count)), path: nil)
            case .value(let value, let path):
                guard let length = Self.length(of: value) else {
                    return result(
                        false, actual: JSONWriter.write(value), path: path,
                        message: "count needs a list, an array, an object or a string, got \(value.kindDescription)")
                }
                subject = .value(.number(Double(length)), path: path)
            case .absent, .unavailable:
                break
            }
        }

        switch subject {
        case .unavailable(let message):
            return result(false, actual: "unavailable", message: message)
        case .absent(let what):
            if case .exists = assertion.predicate { return result(assertion.isNegated, actual: what) }
            return result(false, actual: what, message: "\(what): nothing to check")
        case .value(let value, let path):
            switch test(assertion.predicate, on: value) {
            case .success(let outcome):
                return result(outcome != assertion.isNegated, actual: JSONWriter.write(value), path: path)
            case .failure(let problem):
                return result(false, actual: JSONWriter.write(value), path: path, message: problem.message)
            }
        case .nodes(let nodes):
            let listText = JSONWriter.write(.array(nodes.map(\.value)))
            if let outcome = listOutcome(assertion.predicate, nodes: nodes) {
                return result(outcome != assertion.isNegated, actual: listText)
            }
            guard !nodes.isEmpty else {
                return result(false, actual: "[]", message: "the query selected no node")
            }
            for node in nodes {
                switch test(assertion.predicate, on: node.value) {
                case .success(let outcome) where outcome != assertion.isNegated:
                    continue
                case .success:
                    return result(false, actual: JSONWriter.write(node.value), path: node.path.description)
                case .failure(let problem):
                    return result(
                        false, actual: JSONWriter.write(node.value), path: node.path.description, message: problem.message)
                }
            }
            return result(true, actual: listText)
        }
    }

    /// Predicates that look at a node list as a whole; nil for those applied to each node.
    private func listOutcome(_ predicate: AssertionPredicate, nodes: [JSONPathNode]) -> Bool? {
        switch predicate {
        case .exists:
            return !nodes.isEmpty
        case .isEmpty:
            return nodes.isEmpty
        case .contains(let value):
            guard case .json(let expected) = resolveValue(value) else { return false }
            return nodes.contains { $0.value == expected }
        case .compare(let comparison, let value) where comparison == .equal || comparison == .notEqual:
            guard case .json(.array(let expected)) = resolveValue(value) else { return nil }
            return (nodes.map(\.value) == expected) == (comparison == .equal)
        default:
            return nil
        }
    }

    /// Applies a predicate to one value: true or false, or a problem when the types make no sense.
    func test(_ predicate: AssertionPredicate, on actual: JSONValue) -> Result<Bool, BodyProblem> {
        switch predicate {
        case .exists: return .success(true)
        case .isString: return .success(actual.stringValue != nil)
        case .isNumber: return .success(actual.numberValue != nil)
        case .isInteger: return .success(actual.numberValue.map { $0.isFinite && $0.rounded() == $0 } ?? false)
        case .isBoolean: return .success(actual.boolValue != nil)
        case .isArray: return .success(actual.arrayValue != nil)
        case .isObject: return .success(actual.objectValue != nil)
        case .isNull: return .success(actual.isNull)
        case .isEmpty:
            guard let length = Self.length(of: actual) else {
                return .failure(BodyProblem(message: "isEmpty needs a string, an array or an object, got \(actual.kindDescription)"))
            }
            return .success(length == 0)
        case .isIsoDate: return .success(actual.stringValue.map(ValueFormat.isISODate) ?? false)
        case .isUuid: return .success(actual.stringValue.map(ValueFormat.isUUID) ?? false)
        case .isEmail: return .success(actual.stringValue.map(ValueFormat.isEmail) ?? false)
        case .compare(let comparison, let value):
            return compare(actual, comparison, resolveValue(value))
        case .isIn(let values):
            for value in values {
                if case .success(true) = compare(actual, .equal, resolveValue(value)) { return .success(true) }
            }
            return .success(false)
        case .contains(let value):
            return stringTest(actual, value, name: "contains", allowsCollections: true) { $0.containsScalars($1) }
        case .startsWith(let value):
            return stringTest(actual, value, name: "startsWith") { $0.utf8.starts(with: $1.utf8) }
        case .endsWith(let value):
            return stringTest(actual, value, name: "endsWith") { $0.utf8.reversed().starts(with: $1.utf8.reversed()) }
        case .matches(let value):
            guard case .string(let text) = actual else {
                return .failure(BodyProblem(message: "matches needs a string, got \(actual.kindDescription)"))
            }
            let pattern: String
            switch resolveValue(value) {
            case .pattern(let resolved), .json(.string(let resolved)): pattern = resolved
            default: return .failure(BodyProblem(message: "matches needs a /regex/ or a string"))
            }
            guard let regexp = IRegexp(pattern, dialect: .extended) else {
                return .failure(BodyProblem(message: "invalid regular expression /\(pattern)/"))
            }
            return .success(regexp.search(text))
        }
    }

    private func compare(_ actual: JSONValue, _ comparison: AssertionComparison, _ expected: Expected) -> Result<Bool, BodyProblem> {
        switch expected {
        case .statusClass(let digit):
            guard case .number(let number) = actual else {
                return .failure(BodyProblem(message: "a status class needs a number, got \(actual.kindDescription)"))
            }
            let inClass = number >= Double(digit * 100) && number < Double(digit * 100 + 100)
            return .success(comparison == .notEqual ? !inClass : inClass)
        case .pattern:
            return .failure(BodyProblem(message: "a /regex/ works only with matches"))
        case .json(let value):
            switch comparison {
            case .equal: return .success(actual == value)
            case .notEqual: return .success(actual != value)
            default: break
            }
            let ordered: Bool
            switch (actual, value) {
            case (.number(let a), .number(let b)):
                switch comparison {
                case .less: ordered = a < b
                case .lessOrEqual: ordered = a <= b
                case .greater: ordered = a > b
                default: ordered = a >= b
                }
            case (.string(let a), .string(let b)):
                let less = Array(a.unicodeScalars.map(\.value)).lexicographicallyPrecedes(b.unicodeScalars.map(\.value))
                let equal = a.unicodeScalars.elementsEqual(b.unicodeScalars)
                switch comparison {
                case .less: ordered = less
                case .lessOrEqual: ordered = less || equal
                case .greater: ordered = !less && !equal
                default: ordered = !less
                }
            default:
                return .failure(BodyProblem(message: "cannot compare \(actual.kindDescription) with \(value.kindDescription)"))
            }
            return .success(ordered)
        }
    }

    private func stringTest(
        _ actual: JSONValue, _ value: AssertionValue, name: String, allowsCollections: Bool = false,
        _ test: (String, String) -> Bool
    ) -> Result<Bool, BodyProblem> {
        guard case .json(let expected) = resolveValue(value) else {
            return .failure(BodyProblem(message: "\(name) needs a JSON value"))
        }
        switch actual {
        case .string(let text):
            guard case .string(let needle) = expected else {
                return .failure(BodyProblem(message: "\(name) on a string needs a string, got \(expected.kindDescription)"))
            }
            return .success(test(text, needle))
        case .array(let elements) where allowsCollections:
            return .success(elements.contains(expected))
        case .object(let object) where allowsCollections:
            guard case .string(let key) = expected else {
                return .failure(BodyProblem(message: "contains on an object needs a key string, got \(expected.kindDescription)"))
            }
            return .success(object.keys.contains(key))
        default:
            let what = allowsCollections ? "a string, an array or an object" : "a string"
            return .failure(BodyProblem(message: "\(name) needs \(what), got \(actual.kindDescription)"))
        }
    }

    func resolveValue(_ value: AssertionValue) -> Expected {
        switch value {
        case .literal(let json): return .json(json)
        case .statusClass(let digit): return .statusClass(digit)
        case .regex(let pattern): return .pattern(pattern)
        case .template(let text): return .json(.string(resolve(text)))
        case .bareTemplate(let text):
            let resolved = resolve(text)
            return .json((try? JSONParser.parse(resolved)) ?? .string(resolved))
        case .array(let elements):
            return .json(.array(elements.map { element in
                if case .json(let json) = resolveValue(element) { return json }
                return .string(resolveValue(element).text)
            }))
        case .object(let members):
            var object = JSONObject()
            for member in members {
                if case .json(let json) = resolveValue(member.value) { object[member.key] = json }
            }
            return .json(.object(object))
        }
    }

    private func describe(_ predicate: AssertionPredicate) -> String {
        switch predicate {
        case .compare(let comparison, let value): "\(comparison.rawValue) \(resolveValue(value).text)"
        case .contains(let value): "contains \(resolveValue(value).text)"
        case .startsWith(let value): "startsWith \(resolveValue(value).text)"
        case .endsWith(let value): "endsWith \(resolveValue(value).text)"
        case .matches(let value):
            if case .json(.string(let pattern)) = resolveValue(value) { "matches /\(pattern.replacingSlashes)/" } else {
                "matches \(resolveValue(value).text)"
            }
        case .isIn(let values): "in [" + values.map { resolveValue($0).text }.joined(separator: ", ") + "]"
        case .exists: "exists"
        case .isString: "isString"
        case .isNumber: "isNumber"
        case .isInteger: "isInteger"
        case .isBoolean: "isBoolean"
        case .isArray: "isArray"
        case .isObject: "isObject"
        case .isNull: "isNull"
        case .isEmpty: "isEmpty"
        case .isIsoDate: "isIsoDate"
        case .isUuid: "isUuid"
        case .isEmail: "isEmail"
        }
    }

    static func length(of value: JSONValue) -> Int? {
        switch value {
        case .string(let text): text.unicodeScalars.count
        case .array(let elements): elements.count
        case .object(let object): object.count
        default: nil
        }
    }

    static func capped(_ text: String) -> String {
        guard text.utf8.count > AssertionResult.maximumActualLength else { return text }
        return String(text.prefix(AssertionResult.maximumActualLength)) + "…"
    }
}

extension String {
    fileprivate var replacingSlashes: String {
        var result = ""
        for character in self {
            if character == "/" { result += "\\/" } else { result.append(character) }
        }
        return result
    }

    /// Substring search by UTF-8 bytes (code points, no Unicode normalization).
    func containsScalars(_ needle: String) -> Bool {
        let haystack = Array(utf8), needle = Array(needle.utf8)
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
