import JSON

/// A JSON value compared as JSON Schema compares instances: strings by code points (Swift's `==` would equate
/// `é` with `e` + combining accent), numbers by value (`1 == 1.0`), objects regardless of member order.
struct StrictJSONValue: Hashable {
    let value: JSONValue

    init(_ value: JSONValue) {
        self.value = value
    }

    static func == (lhs: StrictJSONValue, rhs: StrictJSONValue) -> Bool {
        equal(lhs.value, rhs.value)
    }

    func hash(into hasher: inout Hasher) {
        Self.hash(value, into: &hasher)
    }

    static func equal(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a.utf8.elementsEqual(b.utf8)
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { equal($0, $1) }
        case (.object(let a), .object(let b)):
            let left = a.deduplicated, right = b.deduplicated
            guard left.count == right.count else { return false }
            var lookup: [[UInt8]: JSONValue] = [:]
            for member in right { lookup[Array(member.key.utf8)] = member.value }
            return left.allSatisfy { member in lookup[Array(member.key.utf8)].map { equal(member.value, $0) } ?? false }
        default:
            return false
        }
    }

    private static func hash(_ value: JSONValue, into hasher: inout Hasher) {
        switch value {
        case .null: hasher.combine(0)
        case .bool(let flag): hasher.combine(flag)
        case .number(let number): hasher.combine(number == 0 ? 0 : number)
        // Strings equal code point for code point are also equal to Swift, so Swift's hash agrees with ==.
        case .string(let text): hasher.combine(text)
        case .array(let array):
            hasher.combine(array.count)
            for item in array { hash(item, into: &hasher) }
        case .object(let object):
            // Order-independent, to agree with ==.
            var combined = 0
            for member in object.deduplicated {
                var memberHasher = Hasher()
                memberHasher.combine(member.key)
                hash(member.value, into: &memberHasher)
                combined ^= memberHasher.finalize()
            }
            hasher.combine(combined)
        }
    }
}
