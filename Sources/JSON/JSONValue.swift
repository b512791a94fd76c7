/// A JSON document as parsed: object members keep their order and `true` stays distinct from `1`.
package enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    package var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    package var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    package var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    package var numberValue: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    package var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    package var objectValue: JSONObject? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The member called `key` when this is an object, else nil.
    package subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// A short noun for messages: "an object", "a string", …
    package var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// One `"key": value` pair of an object.
package struct JSONMember: Sendable, Hashable {
    package var key: String
    package var value: JSONValue

    package init(key: String, value: JSONValue) {
        self.key = key
        self.value = value
    }
}

/// An object's members in document order. When a key repeats, lookups see the last one, as in JavaScript.
package struct JSONObject: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    package private(set) var members: [JSONMember]

    package init(_ members: [JSONMember] = []) {
        self.members = members
    }

    package init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.members = elements.map { JSONMember(key: $0.0, value: $0.1) }
    }

    package func makeIterator() -> IndexingIterator<[JSONMember]> {
        members.makeIterator()
    }

    package var count: Int { members.count }
    package var isEmpty: Bool { members.isEmpty }
    package var keys: [String] { members.map(\.key) }

    package subscript(key: String) -> JSONValue? {
        get {
            members.last { $0.key == key }?.value
        }
        set {
            if let newValue {
                if let index = members.lastIndex(where: { $0.key == key }) {
                    members[index].value = newValue
                } else {
                    members.append(JSONMember(key: key, value: newValue))
                }
            } else {
                members.removeAll { $0.key == key }
            }
        }
    }

    /// Objects are equal when they have the same keys with equal values, in any order (RFC 8259 semantics).
    package static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        let left = lhs.deduplicated, right = rhs.deduplicated
        guard left.count == right.count else { return false }
        return left.allSatisfy { member in rhs[member.key] == member.value }
    }

    package func hash(into hasher: inout Hasher) {
        // Order-independent, to agree with ==.
        var combined = 0
        for member in deduplicated {
            var memberHasher = Hasher()
            memberHasher.combine(member.key)
            memberHasher.combine(member.value)
            combined ^= memberHasher.finalize()
        }
        hasher.combine(combined)
    }

    /// Members with repeated keys collapsed to the last occurrence, in first-occurrence order.
    package var deduplicated: [JSONMember] {
        var seen = Set<String>()
        var hasDuplicates = false
        for member in members where !seen.insert(member.key).inserted {
            hasDuplicates = true
        }
        guard hasDuplicates else { return members }
        var result: [JSONMember] = []
        var position: [String: Int] = [:]
        for member in members {
            if let index = position[member.key] {
                result[index].value = member.value
            } else {
                position[member.key] = result.count
                result.append(member)
            }
        }
        return result
    }
}
