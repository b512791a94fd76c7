import Foundation
import JSON

/// One run of a compiled schema over a document, collecting failures as Ajv 6 reports them: keywords in Ajv's
/// order, a failing branch's errors before its `anyOf`/`oneOf`/`if`/`contains` error, and a stop at the first
/// failure unless `allErrors` is set.
struct SchemaEvaluation {
    var errors: [JSONSchemaError] = []
    let allErrors: Bool
    let rootDocument: String
    let validator: JSONSchemaValidator
    private var path: [PathToken] = []

    init(allErrors: Bool, rootDocument: String, validator: JSONSchemaValidator) {
        self.allErrors = allErrors
        self.rootDocument = rootDocument
        self.validator = validator
    }

    /// One step of the path to the value being checked.
    enum PathToken {
        /// A property named in the schema: Ajv writes `.name` when it can.
        case key(String)
        /// A property found at run time (additional or pattern properties): Ajv always writes `['name']`.
        case dynamicKey(String)
        case index(Int)
    }

    mutating func validate(_ value: JSONValue, _ node: SchemaNode) -> Bool {
        var node = node
        while let target = node.ref { node = target }
        if let constant = node.constant {
            if !constant { fail(node, "false schema", [:], "boolean schema is false") }
            return constant
        }
        let start = errors.count
        var stopped: Bool { !allErrors && errors.count > start }

        if let types = node.types, node.checksTypeFirst, !types.matches(value) {
            typeError(node)
            if !allErrors { return false }
        }
        let singleGroupType: SchemaTypes? = node.checksTypeFirst ? nil : node.types
        switch value {
        case .number(let number):
            if node.usesNumberKeywords { numberKeywords(number, node) }
        default:
            if singleGroupType == .number { typeError(node) }
        }
        if stopped { return false }
        if case .string(let text) = value {
            if node.usesStringKeywords { stringKeywords(text, node) }
        } else if singleGroupType == .string {
            typeError(node)
        }
        if stopped { return false }
        if case .array(let array) = value {
            if node.usesArrayKeywords { arrayKeywords(array, node) }
        } else if singleGroupType == .array {
            typeError(node)
        }
        if stopped { return false }
        if case .object(let object) = value {
            if node.usesObjectKeywords { objectKeywords(object, node) }
        } else if singleGroupType == .object {
            typeError(node)
        }
        if stopped { return false }
        genericKeywords(value, node)
        return errors.count == start
    }

    // MARK: - Keyword groups, in Ajv's order

    private mutating func numberKeywords(_ number: Double, _ node: SchemaNode) {
        let start = errors.count
        for (limit, isMaximum) in [(node.maximum, true), (node.minimum, false)] {
            guard let limit else { continue }
            let passes =
                isMaximum
                ? (limit.exclusive ? number < limit.value : number <= limit.value)
                : (limit.exclusive ? number > limit.value : number >= limit.value)
            if !passes {
                let comparison = (isMaximum ? "<" : ">") + (limit.exclusive ? "" : "=")
                fail(
                    node, limit.keyword,
                    ["comparison": .string(comparison), "limit": .number(limit.value), "exclusive": .bool(limit.exclusive)],
                    "should be \(comparison) \(Self.number(limit.value))")
                if !allErrors { return }
            }
        }
        if let divisor = node.multipleOf, !Self.isMultiple(number, of: divisor) {
            fail(node, "multipleOf", ["multipleOf": .number(divisor)], "should be multiple of \(Self.number(divisor))")
        }
        _ = start
    }

    private mutating func stringKeywords(_ text: String, _ node: SchemaNode) {
        if node.maxLength != nil || node.minLength != nil {
            let length = text.unicodeScalars.count
            if let limit = node.maxLength, length > limit {
                fail(node, "maxLength", ["limit": .number(Double(limit))], "should NOT be longer than \(limit) characters")
                if !allErrors { return }
            }
            if let limit = node.minLength, length < limit {
                fail(node, "minLength", ["limit": .number(Double(limit))], "should NOT be shorter than \(limit) characters")
                if !allErrors { return }
            }
        }
        if let pattern = node.pattern, !pattern.matches(text) {
            fail(node, "pattern", ["pattern": .string(pattern.source)], "should match pattern \"\(pattern.source)\"")
            if !allErrors { return }
        }
        if let format = node.format, !format.matches(text) {
            fail(node, "format", ["format": .string(format.name)], "should match format \"\(format.name)\"")
        }
    }

    private mutating func arrayKeywords(_ array: [JSONValue], _ node: SchemaNode) {
        let start = errors.count
        var stopped: Bool { !allErrors && errors.count > start }
        if let limit = node.maxItems, array.count > limit {
            fail(node, "maxItems", ["limit": .number(Double(limit))], "should NOT have more than \(limit) items")
            if !allErrors { return }
        }
        if let limit = node.minItems, array.count < limit {
            fail(node, "minItems", ["limit": .number(Double(limit))], "should NOT have fewer than \(limit) items")
            if !allErrors { return }
        }
        switch node.items {
        case .all(let schema):
            for (index, item) in array.enumerated() {
                path.append(.index(index))
                let valid = validate(item, schema)
                path.removeLast()
                if !valid && !allErrors { return }
            }
        case .tuple(let schemas):
            if let additional = node.additionalItems, additional.constant == false, array.count > schemas.count {
                fail(
                    node, "additionalItems", ["limit": .number(Double(schemas.count))],
                    "should NOT have more than \(schemas.count) items")
                if !allErrors { return }
            }
            for (index, item) in array.enumerated() {
                let schema: SchemaNode
                if index < schemas.count {
                    schema = schemas[index]
                } else if let additional = node.additionalItems, additional.constant != false {
                    schema = additional
                } else {
                    break
                }
                path.append(.index(index))
                let valid = validate(item, schema)
                path.removeLast()
                if !valid && !allErrors { return }
            }
        case nil:
            break
        }
        if let contains = node.contains {
            let before = errors.count
            var found = false
            for (index, item) in array.enumerated() {
                path.append(.index(index))
                let valid = validate(item, contains)
                path.removeLast()
                if valid {
                    found = true
                    break
                }
            }
            if found || !allErrors {
                // Stopping at the first error, Ajv reports only the `contains` failure itself.
                errors.removeSubrange(before...)
            }
            if !found {
                fail(node, "contains", [:], "should contain a valid item")
                if !allErrors { return }
            }
        }
        if node.uniqueItems, !stopped, let (i, j) = duplicate(in: array, node) {
            fail(
                node, "uniqueItems", ["i": .number(Double(i)), "j": .number(Double(j))],
                "should NOT have duplicate items (items ## \(j) and \(i) are identical)")
        }
    }

    /// The pair Ajv reports: scanning from the end, the first item equal to an earlier one.
    private func duplicate(in array: [JSONValue], _ node: SchemaNode) -> (Int, Int)? {
        if let scalar = node.uniqueScalarTypes {
            var seen: [StrictJSONValue: Int] = [:]
            for index in array.indices.reversed() where scalar.matches(array[index]) {
                let key = StrictJSONValue(array[index])
                if let later = seen[key] { return (index, later) }
                seen[key] = index
            }
            return nil
        }
        guard array.count > 1 else { return nil }
        var firstIndex: [StrictJSONValue: Int] = [:]
        var laterDuplicate: Int?
        for (index, item) in array.enumerated() {
            let key = StrictJSONValue(item)
            if firstIndex[key] != nil { laterDuplicate = index } else { firstIndex[key] = index }
        }
        guard let i = laterDuplicate else { return nil }
        // The nearest earlier equal item, as Ajv's inner loop counts down from i.
        let j = array[..<i].lastIndex { StrictJSONValue.equal($0, array[i]) } ?? 0
        return (i, j)
    }

    private mutating func objectKeywords(_ object: JSONObject, _ node: SchemaNode) {
        let start = errors.count
        // Parsed and converted objects rarely repeat a key; checking each member, repeats included, costs nothing.
        let members = object.members
        if let limit = node.maxProperties, members.count > limit {
            fail(node, "maxProperties", ["limit": .number(Double(limit))], "should NOT have more than \(limit) properties")
            if !allErrors { return }
        }
        if let limit = node.minProperties, members.count < limit {
            fail(node, "minProperties", ["limit": .number(Double(limit))], "should NOT have fewer than \(limit) properties")
            if !allErrors { return }
        }
        for name in node.required where object[name] == nil {
            // Stopping at the first error, Ajv names the property by its path expression: `.id`, `['a-b']`.
            let shown = allErrors ? Self.escapeQuotes(name) : Self.accessor(name)
            fail(node, "required", ["missingProperty": .string(shown)], "should have required property '\(shown)'")
            if !allErrors { return }
        }
        for dependency in node.propertyDependencies where object[dependency.property] != nil {
            let deps = dependency.required
            for missing in deps where object[missing] == nil {
                let list = deps.joined(separator: ", ")
                fail(
                    node, "dependencies",
                    [
                        "property": .string(dependency.property), "missingProperty": .string(missing),
                        "depsCount": .number(Double(deps.count)), "deps": .string(list),
                    ],
                    "should have \(deps.count == 1 ? "property" : "properties") \(list) when property \(dependency.property) is present")
                if !allErrors { return }
            }
        }
        for dependency in node.schemaDependencies where object[dependency.property] != nil {
            if !validate(.object(object), dependency.schema) && !allErrors { return }
        }
        if let names = node.propertyNames {
            for member in members {
                let before = errors.count
                if !validate(.string(member.key), names) {
                    for index in before..<errors.count { errors[index].propertyName = member.key }
                    fail(
                        node, "propertyNames", ["propertyName": .string(member.key)],
                        "property name '\(member.key)' is invalid")
                    if !allErrors { return }
                }
            }
        }
        guard node.hasPropertyKeywords else { return }
        if let additional = node.additionalProperties {
            for member in members where node.propertyLookup[member.key] == nil {
                if node.patternProperties.contains(where: { $0.matches(member.key) }) { continue }
                if additional.constant == false {
                    fail(
                        node, "additionalProperties", ["additionalProperty": .string(member.key)],
                        "should NOT have additional properties")
                    if !allErrors { return }
                } else {
                    path.append(.dynamicKey(member.key))
                    let valid = validate(member.value, additional)
                    path.removeLast()
                    if !valid && !allErrors { return }
                }
            }
        }
        for property in node.properties {
            guard let value = object[property.name] else {
                if node.requiredInProperties.contains(property.name) {
                    let shown = Self.escapeQuotes(property.name)
                    fail(node, "required", ["missingProperty": .string(shown)], "should have required property '\(shown)'")
                    if !allErrors { return }
                }
                continue
            }
            path.append(.key(property.name))
            let valid = validate(value, property.schema)
            path.removeLast()
            if !valid && !allErrors { return }
        }
        for pattern in node.patternProperties {
            for member in members where pattern.matches(member.key) {
                path.append(.dynamicKey(member.key))
                let valid = validate(member.value, pattern.schema)
                path.removeLast()
                if !valid && !allErrors { return }
            }
        }
        _ = start
    }

    private mutating func genericKeywords(_ value: JSONValue, _ node: SchemaNode) {
        if let constant = node.constValue, !StrictJSONValue.equal(constant, value) {
            fail(node, "const", ["allowedValue": constant], "should be equal to constant")
            if !allErrors { return }
        }
        if let values = node.enumValues, !values.contains(where: { StrictJSONValue.equal($0, value) }) {
            fail(node, "enum", ["allowedValues": .array(values)], "should be equal to one of the allowed values")
            if !allErrors { return }
        }
        if let not = node.not {
            let before = errors.count
            let valid = validate(value, not)
            errors.removeSubrange(before...)
            if valid {
                fail(node, "not", [:], "should NOT be valid")
                if !allErrors { return }
            }
        }
        if !node.anyOf.isEmpty {
            let before = errors.count
            var valid = false
            for branch in node.anyOf where validate(value, branch) {
                valid = true
                break
            }
            if valid {
                errors.removeSubrange(before...)
            } else {
                fail(node, "anyOf", [:], "should match some schema in anyOf")
                if !allErrors { return }
            }
        }
        if !node.oneOf.isEmpty {
            let before = errors.count
            var passing: Int?
            var multiple: (Int, Int)?
            for (index, branch) in node.oneOf.enumerated() where validate(value, branch) {
                if let first = passing {
                    multiple = (first, index)
                    break
                }
                passing = index
            }
            if let multiple {
                fail(
                    node, "oneOf", ["passingSchemas": [.number(Double(multiple.0)), .number(Double(multiple.1))]],
                    "should match exactly one schema in oneOf")
                if !allErrors { return }
            } else if passing != nil {
                errors.removeSubrange(before...)
            } else {
                fail(node, "oneOf", ["passingSchemas": .null], "should match exactly one schema in oneOf")
                if !allErrors { return }
            }
        }
        for branch in node.allOf {
            if !validate(value, branch) && !allErrors { return }
        }
        if let condition = node.ifSchema, node.thenSchema != nil || node.elseSchema != nil {
            let before = errors.count
            let holds = validate(value, condition)
            errors.removeSubrange(before...)
            let (branch, keyword) = holds ? (node.thenSchema, "then") : (node.elseSchema, "else")
            if let branch, !validate(value, branch) {
                fail(node, "if", ["failingKeyword": .string(keyword)], "should match \"\(keyword)\" schema")
            }
        }
    }

    // MARK: - Errors

    private mutating func typeError(_ node: SchemaNode) {
        fail(node, "type", ["type": .string(node.typeText)], "should be \(node.typeText)")
    }

    private mutating func fail(_ node: SchemaNode, _ keyword: String, _ params: JSONObject, _ message: String) {
        var schemaPath = node.location.fragment + "/" + keyword
        if node.location.document != rootDocument, !node.location.document.hasPrefix("postie-anonymous:") {
            // Ajv names a place in another schema by that schema's id and the path, without the `#`.
            schemaPath = node.location.document + schemaPath.dropFirst()
        }
        errors.append(
            JSONSchemaError(
                keyword: keyword, dataPath: dataPath, schemaPath: schemaPath, params: params, message: message))
    }

    /// Ajv's default data path: `.name` for identifier-like keys, `['a-b']` for others, `[0]` for indices.
    private var dataPath: String {
        var result = ""
        for token in path {
            switch token {
            case .index(let index):
                result += "[\(index)]"
            case .dynamicKey(let key):
                result += "['" + Self.escapeQuotes(key) + "']"
            case .key(let key):
                if Self.isIdentifier(key) {
                    result += "." + key
                } else {
                    result += "['" + Self.escapeQuotes(key) + "']"
                }
            }
        }
        return result
    }

    /// How Ajv's generated code spells access to `key`: `.name` or `['a-b']`.
    static func accessor(_ key: String) -> String {
        isIdentifier(key) ? "." + key : "['" + escapeQuotes(key) + "']"
    }

    static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first else { return false }
        func isStart(_ scalar: Unicode.Scalar) -> Bool {
            (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || scalar == "$" || scalar == "_"
        }
        return isStart(first) && key.unicodeScalars.allSatisfy { isStart($0) || ($0 >= "0" && $0 <= "9") }
    }

    static func escapeQuotes(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "'": result += "\\'"
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\u{0C}": result += "\\f"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result
    }

    static func number(_ value: Double) -> String {
        JavaScriptNumberFormatter.string(from: value)
    }

    // MARK: - Numbers

    /// Whether `value` is a multiple of `divisor`, in decimal rather than binary arithmetic where the numbers allow,
    /// so `0.3` is a multiple of `0.1`.
    /// Both numbers scaled by the same power of ten to integers, as their shortest decimal forms would be, and
    /// divided exactly; nil when they don't scale to exact integers below 2^53.
    private static func scaledMultiple(_ value: Double, _ divisor: Double) -> Bool? {
        var scale = 1.0
        for _ in 0...12 {
            let scaledDivisor = divisor * scale, scaledValue = value * scale
            let roundedDivisor = scaledDivisor.rounded(), roundedValue = scaledValue.rounded()
            if abs(scaledDivisor - roundedDivisor) <= 2 * roundedDivisor.ulp,
                abs(scaledValue - roundedValue) <= 2 * max(roundedValue.ulp, Double.leastNormalMagnitude)
            {
                guard abs(roundedValue) < 9e15, roundedDivisor > 0 else { return nil }
                return roundedValue.truncatingRemainder(dividingBy: roundedDivisor) == 0
            }
            scale *= 10
        }
        return nil
    }

    static func isMultiple(_ value: Double, of divisor: Double) -> Bool {
        guard divisor > 0, value.isFinite else { return false }
        let quotient = value / divisor
        // Past the largest double, only the exact remainder can tell.
        guard quotient.isFinite else { return value.truncatingRemainder(dividingBy: divisor) == 0 }
        if quotient == quotient.rounded(.towardZero), abs(quotient) < 1e15 {
            // An exact integer quotient can still hide a rounding error only when the divisor has more decimals
            // than the value; the scaled check below settles it.
            if let exact = scaledMultiple(value, divisor) { return exact }
        } else if abs(quotient - quotient.rounded()) > 1e-6 * max(1, abs(quotient)) {
            return false
        } else if let exact = scaledMultiple(value, divisor) {
            return exact
        }
        if abs(value) < 1e30, divisor > 1e-30,
            let decimalValue = Decimal(string: number(value)), let decimalDivisor = Decimal(string: number(divisor))
        {
            var exact = decimalValue / decimalDivisor
            var whole = Decimal()
            NSDecimalRound(&whole, &exact, 0, .down)
            return whole == exact
        }
        return quotient == quotient.rounded(.towardZero)
    }
}
