import Foundation
import JSON

/// Validates JSON documents against JSON Schema drafts 04, 06 and 07.
///
/// A validator is a registry: schemas added with `addSchema` can be referenced by URI from any schema compiled
/// later. `compile` turns a schema into a tree of `SchemaNode`s once, with every `$ref` resolved, so validating
/// many documents pays only for the checks. Errors come in Ajv 6's shape and wording.
package final class JSONSchemaValidator {
    /// How schemas are read and documents checked.
    package struct Options: Sendable {
        /// The draft of a schema that has no `$schema`.
        package var defaultDraft: JSONSchemaDraft = .draft7
        /// Which keywords give a schema its URI.
        package var identifiers: IdentifierKeywords = .draft
        /// Report every failure instead of stopping at the first, as Ajv's `allErrors`.
        package var allErrors = false
        /// Reject formats outside `JSONSchemaFormat.known` at compile time, as Ajv does by default.
        package var rejectsUnknownFormats = false
        /// Check `format` at all.
        package var checksFormats = true
        /// Check dates and times by shape only, as Ajv's default `format: 'fast'` does.
        package var fastFormats = false

        package init() {}
    }

    /// `id` or `$id`: by draft, or both (Ajv's `schemaId: 'auto'`).
    package enum IdentifierKeywords: Sendable {
        case draft
        case id
        case dollarID
        case both
    }

    package let options: Options
    /// Builds a matcher for a `pattern`; nil when the pattern doesn't compile.
    let regexCompiler: (String) -> ((String) -> Bool)?

    private var documents: [String: Document] = [:]
    private var identifiers: [String: SchemaLocation] = [:]
    private var nodes: [SchemaLocation: SchemaNode] = [:]
    private var anonymousCount = 0

    /// A schema as added: its JSON, draft and the base URI of its root.
    struct Document {
        let json: JSONValue
        let draft: JSONSchemaDraft
        let baseURI: String
    }

    package init(options: Options = Options(), regex: ((String) -> ((String) -> Bool)?)? = nil) {
        self.options = options
        self.regexCompiler = regex ?? Self.foundationRegex
    }

    /// Adds `schema` under `uri` (or its own `$id`/`id`) for `$ref`s to find. Returns the key it was added under.
    @discardableResult
    package func addSchema(_ schema: JSONValue, uri: String? = nil) throws(JSONSchemaCompileError) -> String {
        let draft = draft(of: schema)
        let ownID = identifier(of: schema, draft: draft).map { URIReference.resolve($0, against: uri ?? "") }
        guard let key = (uri ?? ownID).map(URIReference.normalized), !key.isEmpty else {
            throw JSONSchemaCompileError("schema must have an $id (or a key) to be added")
        }
        if documents[key] != nil {
            throw JSONSchemaCompileError("schema with key or id \"\(key)\" already exists")
        }
        register(schema, key: key, base: URIReference.normalized(ownID ?? key), draft: draft)
        if let ownID, URIReference.normalized(ownID) != key {
            identifiers[URIReference.normalized(ownID)] = identifiers[key]
        }
        return key
    }

    /// Whether a schema is known under `uri`.
    package func hasSchema(_ uri: String) -> Bool {
        identifiers[URIReference.normalized(uri)] != nil
    }

    /// The JSON of the schema added under `uri`, or of the subschema it points to.
    package func schema(at uri: String) -> JSONValue? {
        guard let location = try? location(of: URIReference.normalized(uri), documentKey: "") else { return nil }
        return json(at: location)
    }

    /// Compiles `schema` into its fast form. Throws for an unresolvable `$ref` or, when asked, an unknown format.
    package func compile(_ schema: JSONValue) throws(JSONSchemaCompileError) -> JSONSchema {
        let draft = draft(of: schema)
        anonymousCount += 1
        let key = "postie-anonymous:\(anonymousCount)"
        let ownID = identifier(of: schema, draft: draft).map { URIReference.normalized(URIReference.resolve($0, against: "")) }
        register(schema, key: key, base: ownID ?? "", draft: draft)
        if let ownID, identifiers[ownID] == nil { identifiers[ownID] = SchemaLocation(document: key, pointer: []) }
        let root = try node(at: SchemaLocation(document: key, pointer: []))
        try resolvePending()
        return JSONSchema(root: root, validator: self)
    }

    /// Compiles the schema added under `uri` (or the subschema it points to).
    package func compile(uri: String) throws(JSONSchemaCompileError) -> JSONSchema {
        let location = try location(of: URIReference.normalized(uri), documentKey: "")
        let root = try node(at: location)
        try resolvePending()
        return JSONSchema(root: root, validator: self)
    }

    // MARK: - Registry

    private func draft(of schema: JSONValue) -> JSONSchemaDraft {
        schema["$schema"]?.stringValue.flatMap(JSONSchemaDraft.init(metaSchemaURI:)) ?? options.defaultDraft
    }

    func identifier(of schema: JSONValue, draft: JSONSchemaDraft) -> String? {
        guard case .object(let object) = schema else { return nil }
        // A $ref's siblings are ignored, its $id included.
        if object["$ref"] != nil { return nil }
        switch options.identifiers {
        case .draft: return object[draft.idKeyword]?.stringValue
        case .id: return object["id"]?.stringValue
        case .dollarID: return object["$id"]?.stringValue
        case .both: return object["$id"]?.stringValue ?? object["id"]?.stringValue
        }
    }

    private func register(_ schema: JSONValue, key: String, base: String, draft: JSONSchemaDraft) {
        documents[key] = Document(json: schema, draft: draft, baseURI: base)
        identifiers[key] = SchemaLocation(document: key, pointer: [])
        indexIdentifiers(in: schema, base: base, location: SchemaLocation(document: key, pointer: []), draft: draft)
    }

    /// Records every embedded `$id` (and `#anchor`-style id) under its absolute URI, walking only places that
    /// hold schemas, so an `$id` inside an `enum` or `const` value stays data.
    private func indexIdentifiers(in schema: JSONValue, base: String, location: SchemaLocation, draft: JSONSchemaDraft) {
        guard case .object(let object) = schema else { return }
        var base = base
        if let id = identifier(of: schema, draft: draft) {
            let absolute = URIReference.normalized(URIReference.resolve(id, against: base))
            if identifiers[absolute] == nil { identifiers[absolute] = location }
            base = absolute
        }
        for member in object {
            let child = location.appending(member.key)
            switch member.key {
            case "properties", "patternProperties", "definitions", "dependencies":
                guard case .object(let map) = member.value else { continue }
                for entry in map {
                    indexIdentifiers(in: entry.value, base: base, location: child.appending(entry.key), draft: draft)
                }
            case "items", "allOf", "anyOf", "oneOf":
                if case .array(let list) = member.value {
                    for (index, item) in list.enumerated() {
                        indexIdentifiers(in: item, base: base, location: child.appending(String(index)), draft: draft)
                    }
                } else {
                    indexIdentifiers(in: member.value, base: base, location: child, draft: draft)
                }
            case "not", "additionalItems", "additionalProperties", "contains", "propertyNames", "if", "then", "else":
                indexIdentifiers(in: member.value, base: base, location: child, draft: draft)
            default:
                continue
            }
        }
    }

    func json(at location: SchemaLocation) -> JSONValue? {
        guard var value = documents[location.document]?.json else { return nil }
        for token in location.pointer {
            switch value {
            case .object(let object):
                guard let next = object[token] else { return nil }
                value = next
            case .array(let array):
                guard let index = Int(token), array.indices.contains(index) else { return nil }
                value = array[index]
            default:
                return nil
            }
        }
        return value
    }

    func document(_ key: String) -> Document? { documents[key] }

    /// The base URI in force at `location`: the document's, changed by every `$id` on the way down.
    func baseURI(at location: SchemaLocation) -> String {
        guard let document = documents[location.document] else { return "" }
        var value = document.json
        var base = document.baseURI
        for token in location.pointer {
            switch value {
            case .object(let object): value = object[token] ?? .null
            case .array(let array): value = Int(token).flatMap { array.indices.contains($0) ? array[$0] : nil } ?? .null
            default: value = .null
            }
            if let id = identifier(of: value, draft: document.draft) {
                base = URIReference.normalized(URIReference.resolve(id, against: base))
            }
        }
        return base
    }

    /// The location an absolute URI (or a fragment within `documentKey`, for schemas without a base) names.
    func location(of uri: String, documentKey: String) throws(JSONSchemaCompileError) -> SchemaLocation {
        if let known = identifiers[uri] { return known }
        var (documentURI, fragment) = URIReference.split(uri)
        if documentURI.isEmpty { documentURI = documentKey }
        if identifiers[documentURI] == nil, let meta = MetaSchemas.schema(for: documentURI) {
            register(meta, key: documentURI, base: documentURI, draft: draft(of: meta))
        }
        guard let root = identifiers[documentURI] else {
            throw JSONSchemaCompileError("can't resolve reference \(uri)")
        }
        guard let fragment, !fragment.isEmpty else { return root }
        guard fragment.hasPrefix("/") else { throw JSONSchemaCompileError("can't resolve reference \(uri)") }
        let decoded = fragment.removingPercentEncoding ?? fragment
        var location = root
        for token in decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            location = location.appending(token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~"))
        }
        guard json(at: location) != nil else { throw JSONSchemaCompileError("can't resolve reference \(uri)") }
        return location
    }

    // MARK: - Compiling

    private var pending: [SchemaNode] = []

    /// The compiled node for `location`, compiled once and shared, so recursive schemas close into cycles.
    func node(at location: SchemaLocation) throws(JSONSchemaCompileError) -> SchemaNode {
        if let existing = nodes[location] { return existing }
        guard let json = json(at: location), let document = documents[location.document] else {
            throw JSONSchemaCompileError("can't resolve reference \(location)")
        }
        let node = SchemaNode(location: location, draft: document.draft)
        nodes[location] = node
        let base = baseURI(at: location)
        try SchemaCompiler(validator: self, base: base).fill(node, from: json)
        if node.refText != nil { pending.append(node) }
        return node
    }

    /// Resolves the `$ref`s compiled so far; resolving one can compile more.
    private func resolvePending() throws(JSONSchemaCompileError) {
        while let node = pending.popLast() {
            guard node.ref == nil, let text = node.refText else { continue }
            let absolute = URIReference.normalized(URIReference.resolve(text, against: node.base))
            do {
                node.ref = try self.node(at: try location(of: absolute, documentKey: node.location.document))
            } catch {
                let from = node.base.isEmpty ? "#" : node.base
                throw JSONSchemaCompileError("can't resolve reference \(text) from id \(from)")
            }
        }
    }

    private static func foundationRegex(_ pattern: String) -> ((String) -> Bool)? {
        guard let expression = try? NSRegularExpression(pattern: ecmaScriptClasses(pattern)) else { return nil }
        return { text in
            expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
    }
}

extension JSONSchemaValidator {
    /// `pattern` with `\d`, `\w` and `\s` spelled out as ECMAScript defines them (ASCII digits and word
    /// characters, JavaScript's whitespace), since ICU's are Unicode-wide.
    static func ecmaScriptClasses(_ pattern: String) -> String {
        let whitespace = "\\t\\n\\x0B\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}"
        let classes: [Character: (inside: String, outside: String)] = [
            "d": ("0-9", "[0-9]"), "D": ("\\D", "[^0-9]"),
            "w": ("A-Za-z0-9_", "[A-Za-z0-9_]"), "W": ("\\W", "[^A-Za-z0-9_]"),
            "s": (whitespace, "[" + whitespace + "]"), "S": ("\\S", "[^" + whitespace + "]"),
        ]
        var result = ""
        var inClass = false
        var escaped = false
        for character in pattern {
            if escaped {
                escaped = false
                if let replacement = classes[character] {
                    result += inClass ? replacement.inside : replacement.outside
                } else {
                    result += "\\" + String(character)
                }
                continue
            }
            switch character {
            case "\\": escaped = true
            case "[": inClass = true; result.append(character)
            case "]": inClass = false; result.append(character)
            default: result.append(character)
            }
        }
        if escaped { result += "\\" }
        return result
    }
}

/// A compiled schema, ready to validate documents.
package struct JSONSchema {
    let root: SchemaNode
    let validator: JSONSchemaValidator

    /// The failures of `instance`: empty when it is valid. Stops at the first unless `allErrors` is set.
    package func validate(_ instance: JSONValue, allErrors: Bool? = nil) -> [JSONSchemaError] {
        var evaluation = SchemaEvaluation(
            allErrors: allErrors ?? validator.options.allErrors, rootDocument: root.location.document,
            validator: validator)
        _ = evaluation.validate(instance, root)
        return evaluation.errors
    }

    package func isValid(_ instance: JSONValue) -> Bool {
        validate(instance, allErrors: false).isEmpty
    }
}

/// Where a schema sits: a document and a JSON pointer inside it.
struct SchemaLocation: Hashable, CustomStringConvertible {
    let document: String
    let pointer: [String]

    func appending(_ token: String) -> SchemaLocation {
        SchemaLocation(document: document, pointer: pointer + [token])
    }

    /// The pointer as a URI fragment, escaped as Ajv's schema paths are: `#/properties/a-b/type`.
    var fragment: String {
        "#" + pointer.map { "/" + SchemaLocation.escape($0) }.joined()
    }

    static func escape(_ token: String) -> String {
        let escaped = token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
        return escaped.addingPercentEncoding(withAllowedCharacters: componentAllowed) ?? escaped
    }

    /// What JavaScript's `encodeURIComponent` leaves alone.
    private static let componentAllowed = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()")

    var description: String { document + fragment }
}
