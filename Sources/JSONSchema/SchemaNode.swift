import JSON

/// One schema, compiled: its keywords read once into typed fields, its subschemas into nodes and its `$ref` into
/// the node it names.
final class SchemaNode {
    let location: SchemaLocation
    let draft: JSONSchemaDraft
    var base = ""

    /// `true` and `false` schemas.
    var constant: Bool?

    var refText: String?
    var ref: SchemaNode?

    var types: SchemaTypes?
    /// The `type` keyword as written, for messages: `string`, `integer,null`.
    var typeText = ""
    /// Ajv checks `type` before the other keywords when it is a list, `integer`, `boolean` or `null`, or when
    /// no keyword of its type's group is present; otherwise at that group's turn.
    var checksTypeFirst = true

    var enumValues: [JSONValue]?
    var constValue: JSONValue?

    var maximum: Limit?
    var minimum: Limit?
    var multipleOf: Double?

    var maxLength: Int?
    var minLength: Int?
    var pattern: (source: String, matches: (String) -> Bool)?
    var format: (name: String, matches: (String) -> Bool)?

    var maxItems: Int?
    var minItems: Int?
    var items: Items?
    var additionalItems: SchemaNode?
    var contains: SchemaNode?
    var uniqueItems = false
    /// Ajv compares scalar items by a hash when `items.type` is scalar, which changes the indices it reports.
    var uniqueScalarTypes: SchemaTypes?

    var maxProperties: Int?
    var minProperties: Int?
    var required: [String] = []
    /// Ajv checks a required property that has a non-empty schema under `properties` in its `properties` pass.
    var requiredInProperties: Set<String> = []
    var propertyDependencies: [(property: String, required: [String])] = []
    var schemaDependencies: [(property: String, schema: SchemaNode)] = []
    var propertyNames: SchemaNode?
    var properties: [(name: String, schema: SchemaNode)] = []
    var propertyLookup: [String: SchemaNode] = [:]
    var patternProperties: [(source: String, matches: (String) -> Bool, schema: SchemaNode)] = []
    var additionalProperties: SchemaNode?
    var hasPropertyKeywords = false

    var allOf: [SchemaNode] = []
    var anyOf: [SchemaNode] = []
    var oneOf: [SchemaNode] = []
    var not: SchemaNode?
    var ifSchema: SchemaNode?
    var thenSchema: SchemaNode?
    var elseSchema: SchemaNode?

    // Which keyword groups are present, worked out once after compiling: the evaluator asks for every value.
    var usesNumberKeywords = false
    var usesStringKeywords = false
    var usesArrayKeywords = false
    var usesObjectKeywords = false

    func computeGroups() {
        usesNumberKeywords = maximum != nil || minimum != nil || multipleOf != nil
        usesStringKeywords = maxLength != nil || minLength != nil || pattern != nil || format != nil
        usesArrayKeywords = maxItems != nil || minItems != nil || items != nil || contains != nil || uniqueItems
        usesObjectKeywords =
            maxProperties != nil || minProperties != nil || !required.isEmpty || !requiredInProperties.isEmpty
            || !propertyDependencies.isEmpty || !schemaDependencies.isEmpty || propertyNames != nil
            || hasPropertyKeywords
    }

    init(location: SchemaLocation, draft: JSONSchemaDraft) {
        self.location = location
        self.draft = draft
    }

    /// `items`: one schema for every item, or one per position.
    enum Items {
        case all(SchemaNode)
        case tuple([SchemaNode])
    }

    /// A `maximum` or `minimum`, with the keyword Ajv names when it fails.
    struct Limit {
        let value: Double
        let exclusive: Bool
        let keyword: String
    }
}

/// JSON types as a bit set.
struct SchemaTypes: OptionSet {
    let rawValue: UInt8
    static let null = SchemaTypes(rawValue: 1)
    static let boolean = SchemaTypes(rawValue: 2)
    static let object = SchemaTypes(rawValue: 4)
    static let array = SchemaTypes(rawValue: 8)
    static let number = SchemaTypes(rawValue: 16)
    static let integer = SchemaTypes(rawValue: 32)
    static let string = SchemaTypes(rawValue: 64)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init?(name: String) {
        switch name {
        case "null": self = .null
        case "boolean": self = .boolean
        case "object": self = .object
        case "array": self = .array
        case "number": self = .number
        case "integer": self = .integer
        case "string": self = .string
        default: return nil
        }
    }

    func matches(_ value: JSONValue) -> Bool {
        switch value {
        case .null: contains(.null)
        case .bool: contains(.boolean)
        case .object: contains(.object)
        case .array: contains(.array)
        case .string: contains(.string)
        case .number(let number):
            contains(.number) || (contains(.integer) && number.isFinite && number == number.rounded(.towardZero))
        }
    }
}

/// Reads a schema's JSON into a `SchemaNode`.
struct SchemaCompiler {
    let validator: JSONSchemaValidator
    let base: String

    func fill(_ node: SchemaNode, from json: JSONValue) throws(JSONSchemaCompileError) {
        node.base = base
        switch json {
        case .bool(let flag):
            node.constant = flag
            return
        case .object:
            break
        default:
            // Not a schema; Ajv would reject it against the meta-schema. Treat it as empty.
            node.constant = true
            return
        }
        guard case .object(let object) = json else { return }
        if case .string(let ref) = object["$ref"] {
            node.refText = ref
            return
        }
        let draft = node.draft
        let options = validator.options
        func child(_ path: String...) throws(JSONSchemaCompileError) -> SchemaNode {
            var location = node.location
            for token in path { location = location.appending(token) }
            return try validator.node(at: location)
        }

        if let type = object["type"] {
            let names: [String]
            switch type {
            case .string(let name): names = [name]
            case .array(let list): names = list.compactMap(\.stringValue)
            default: names = []
            }
            var types = SchemaTypes()
            for name in names { types.formUnion(SchemaTypes(name: name) ?? []) }
            node.types = types
            node.typeText = names.joined(separator: ",")
        }
        node.enumValues = object["enum"]?.arrayValue
        if draft != .draft4, let value = object["const"] { node.constValue = value }

        node.maximum = limit(object, "maximum", "exclusiveMaximum", below: true)
        node.minimum = limit(object, "minimum", "exclusiveMinimum", below: false)
        node.multipleOf = object["multipleOf"]?.numberValue

        node.maxLength = integer(object["maxLength"])
        node.minLength = integer(object["minLength"])
        if case .string(let source) = object["pattern"] {
            guard let matches = validator.regexCompiler(source) else {
                throw JSONSchemaCompileError("invalid pattern \"\(source)\" in schema at path \"\(node.location.fragment)\"")
            }
            node.pattern = (source, matches)
        }
        if options.checksFormats, case .string(let name) = object["format"] {
            if let check = JSONSchemaFormat.checker(name, fast: options.fastFormats, regex: { validator.regexCompiler($0) != nil }) {
                node.format = (name, check)
            } else if options.rejectsUnknownFormats {
                throw JSONSchemaCompileError(
                    "unknown format \"\(name)\" is used in schema at path \"\(node.location.fragment)\"")
            }
        }

        node.maxItems = integer(object["maxItems"])
        node.minItems = integer(object["minItems"])
        switch object["items"] {
        case .array(let list):
            var nodes: [SchemaNode] = []
            for index in list.indices { nodes.append(try child("items", String(index))) }
            node.items = .tuple(nodes)
            if object["additionalItems"] != nil { node.additionalItems = try child("additionalItems") }
        case .some:
            node.items = .all(try child("items"))
            if case .object(let itemSchema) = object["items"], let itemType = itemSchema["type"] {
                let names = itemType.arrayValue?.compactMap(\.stringValue) ?? itemType.stringValue.map { [$0] } ?? []
                if !names.isEmpty, !names.contains("object"), !names.contains("array") {
                    var types = SchemaTypes()
                    for name in names { types.formUnion(SchemaTypes(name: name) ?? []) }
                    node.uniqueScalarTypes = types
                }
            }
        case nil:
            break
        }
        if draft != .draft4, object["contains"] != nil { node.contains = try child("contains") }
        node.uniqueItems = object["uniqueItems"]?.boolValue ?? false

        node.maxProperties = integer(object["maxProperties"])
        node.minProperties = integer(object["minProperties"])
        node.required = object["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
        if case .object(let dependencies) = object["dependencies"] {
            for member in dependencies.deduplicated {
                if case .array(let names) = member.value {
                    node.propertyDependencies.append((member.key, names.compactMap(\.stringValue)))
                } else {
                    node.schemaDependencies.append((member.key, try child("dependencies", member.key)))
                }
            }
        }
        if case .object(let properties) = object["properties"], !properties.isEmpty {
            let checkedLater = node.required.filter { name in
                switch properties[name] {
                case .object(let schema): !schema.isEmpty
                case .bool(false): true
                default: false
                }
            }
            node.requiredInProperties = Set(checkedLater)
            node.required.removeAll { node.requiredInProperties.contains($0) }
        }
        if draft != .draft4, object["propertyNames"] != nil { node.propertyNames = try child("propertyNames") }
        if case .object(let properties) = object["properties"] {
            for member in properties.deduplicated {
                let schema = try child("properties", member.key)
                node.properties.append((member.key, schema))
                node.propertyLookup[member.key] = schema
            }
            node.hasPropertyKeywords = true
        }
        if case .object(let patterns) = object["patternProperties"] {
            for member in patterns.deduplicated {
                guard let matches = validator.regexCompiler(member.key) else {
                    throw JSONSchemaCompileError("invalid pattern \"\(member.key)\" in patternProperties")
                }
                node.patternProperties.append((member.key, matches, try child("patternProperties", member.key)))
            }
            node.hasPropertyKeywords = true
        }
        if object["additionalProperties"] != nil {
            node.additionalProperties = try child("additionalProperties")
            node.hasPropertyKeywords = true
        }

        for (keyword, path) in [("allOf", \SchemaNode.allOf), ("anyOf", \.anyOf), ("oneOf", \.oneOf)] {
            guard case .array(let list) = object[keyword] else { continue }
            var nodes: [SchemaNode] = []
            for index in list.indices { nodes.append(try child(keyword, String(index))) }
            node[keyPath: path] = nodes
        }
        if object["not"] != nil { node.not = try child("not") }
        if draft != .draft4, object["if"] != nil {
            node.ifSchema = try child("if")
            if object["then"] != nil { node.thenSchema = try child("then") }
            if object["else"] != nil { node.elseSchema = try child("else") }
        }

        node.computeGroups()
        if let types = node.types {
            let single = object["type"]?.stringValue
            switch single {
            case "number": node.checksTypeFirst = !node.usesNumberKeywords
            case "string": node.checksTypeFirst = !node.usesStringKeywords
            case "array": node.checksTypeFirst = !node.usesArrayKeywords
            case "object": node.checksTypeFirst = !node.usesObjectKeywords
            default: node.checksTypeFirst = true
            }
            _ = types
        }
    }

    private func integer(_ value: JSONValue?) -> Int? {
        guard case .number(let number) = value, number.isFinite, number >= 0 else { return nil }
        return number >= Double(Int.max) ? Int.max : Int(number)
    }

    /// `maximum`/`exclusiveMaximum` (or the minimums) as one limit: draft 4's boolean flag, or draft 6's numeric
    /// bound, keeping the stricter when both are numbers, as Ajv does.
    private func limit(_ object: JSONObject, _ keyword: String, _ exclusiveKeyword: String, below: Bool) -> SchemaNode.Limit? {
        let plain = object[keyword]?.numberValue
        switch object[exclusiveKeyword] {
        case .bool(let exclusive):
            return plain.map {
                SchemaNode.Limit(value: $0, exclusive: exclusive, keyword: exclusive ? exclusiveKeyword : keyword)
            }
        case .number(let bound):
            guard let plain else { return SchemaNode.Limit(value: bound, exclusive: true, keyword: exclusiveKeyword) }
            let exclusiveIsStricter = below ? bound <= plain : bound >= plain
            return exclusiveIsStricter
                ? SchemaNode.Limit(value: bound, exclusive: true, keyword: exclusiveKeyword)
                : SchemaNode.Limit(value: plain, exclusive: false, keyword: keyword)
        default:
            return plain.map { SchemaNode.Limit(value: $0, exclusive: false, keyword: keyword) }
        }
    }
}
