/// One header line as it goes on the wire: the name keeps its spelling, lookups ignore case.
package struct HTTPField: Sendable, Hashable {
    package var name: String
    package var value: String

    package init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// An ordered list of header fields with case-insensitive lookup; duplicates are kept in order.
package struct HTTPHeaders: Sendable, Hashable, Sequence, ExpressibleByArrayLiteral {
    package private(set) var fields: [HTTPField]

    package init(_ fields: [HTTPField] = []) {
        self.fields = fields
    }

    package init(arrayLiteral elements: (String, String)...) {
        self.fields = elements.map { HTTPField(name: $0.0, value: $0.1) }
    }

    package func makeIterator() -> IndexingIterator<[HTTPField]> {
        fields.makeIterator()
    }

    package var count: Int { fields.count }
    package var isEmpty: Bool { fields.isEmpty }

    /// The first value for `name`, compared case-insensitively.
    package subscript(name: String) -> String? {
        fields.first { $0.name.caseInsensitiveEquals(name) }?.value
    }

    package func values(for name: String) -> [String] {
        fields.filter { $0.name.caseInsensitiveEquals(name) }.map(\.value)
    }

    package func contains(_ name: String) -> Bool {
        fields.contains { $0.name.caseInsensitiveEquals(name) }
    }

    package mutating func add(_ name: String, _ value: String) {
        fields.append(HTTPField(name: name, value: value))
    }

    /// Replaces every field called `name` with one field, keeping the position of the first.
    package mutating func set(_ name: String, _ value: String) {
        if let first = fields.firstIndex(where: { $0.name.caseInsensitiveEquals(name) }) {
            fields[first].value = value
            var index = fields.index(after: first)
            while index < fields.endIndex {
                if fields[index].name.caseInsensitiveEquals(name) {
                    fields.remove(at: index)
                } else {
                    index = fields.index(after: index)
                }
            }
        } else {
            add(name, value)
        }
    }

    package mutating func remove(_ name: String) {
        fields.removeAll { $0.name.caseInsensitiveEquals(name) }
    }
}

extension String {
    /// ASCII case-insensitive comparison, which is what HTTP header names need.
    package func caseInsensitiveEquals(_ other: String) -> Bool {
        let lhs = utf8, rhs = other.utf8
        guard lhs.count == rhs.count else { return false }
        return zip(lhs, rhs).allSatisfy { a, b in
            a == b || (a | 0x20 == b | 0x20 && (a | 0x20) >= 0x61 && (a | 0x20) <= 0x7A)
        }
    }
}
