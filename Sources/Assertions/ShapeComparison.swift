import JSON

/// Compares a response body's JSON with an example's shape, collecting every mismatch with its path.
///
/// The example is compiled once into a `Shape`; paths are kept as a stack and only rendered for mismatches, so a
/// matching body costs one walk and no string building.
struct ShapeComparison {
    /// An example value reduced to what shape compatibility looks at.
    indirect enum Shape: Sendable {
        case null, boolean, number, string
        case array([Shape])
        case object([(key: String, shape: Shape)], keys: Set<String>)

        init(_ value: JSONValue) {
            switch value {
            case .null: self = .null
            case .bool: self = .boolean
            case .number: self = .number
            case .string: self = .string
            case .array(let elements): self = .array(elements.map(Shape.init))
            case .object(let object):
                let members = object.deduplicated
                self = .object(members.map { ($0.key, Shape($0.value)) }, keys: Set(members.map(\.key)))
            }
        }

        var typeName: String {
            switch self {
            case .null: "null"
            case .boolean: "boolean"
            case .number: "number"
            case .string: "string"
            case .array: "array"
            case .object: "object"
            }
        }
    }

    /// One step of the path being compared.
    private enum Step {
        case key(String)
        case index(Int)
    }

    let options: ContractOptions
    var mismatches: [ContractMismatch] = []
    var warnings: [ContractMismatch] = []
    private var path: [Step] = []

    init(options: ContractOptions) {
        self.options = options
    }

    mutating func compare(_ expected: Shape, _ actual: JSONValue) {
        switch (expected, actual) {
        case (.null, .null):
            return
        case (.null, _), (_, .null):
            if options.nulls == .strict {
                mismatch("expected \(expected.typeName)  got \(Self.described(actual))")
            }
        case (.boolean, .bool), (.number, .number), (.string, .string):
            return
        case (.object(let members, let keys), .object(let actualObject)):
            for member in members {
                path.append(.key(member.key))
                if let value = actualObject.members.last(where: { $0.key == member.key })?.value {
                    compare(member.shape, value)
                } else {
                    mismatch("missing")
                }
                path.removeLast()
            }
            guard options.extraKeys != .ignore else { return }
            for member in actualObject.deduplicated where !keys.contains(member.key) {
                path.append(.key(member.key))
                let extra = ContractMismatch(path: renderedPath, detail: "unexpected key")
                path.removeLast()
                if options.extraKeys == .fail { mismatches.append(extra) } else { warnings.append(extra) }
            }
        case (.array(let shapes), .array(let elements)):
            guard let first = shapes.first else { return }
            for (index, element) in elements.enumerated() {
                path.append(.index(index))
                defer { path.removeLast() }
                let before = (mismatches.count, warnings.count)
                compare(first, element)
                guard mismatches.count > before.0, shapes.count > 1 else { continue }
                // The first shape did not fit: accept any other that fits, else keep the first one's report.
                for shape in shapes.dropFirst() {
                    var attempt = ShapeComparison(options: options)
                    attempt.path = path
                    attempt.compare(shape, element)
                    if attempt.mismatches.isEmpty {
                        mismatches.removeSubrange(before.0...)
                        warnings.removeSubrange(before.1...)
                        warnings += attempt.warnings
                        break
                    }
                }
            }
        default:
            mismatch("expected \(expected.typeName)  got \(Self.described(actual))")
        }
    }

    private mutating func mismatch(_ detail: String) {
        mismatches.append(ContractMismatch(path: renderedPath, detail: detail))
    }

    /// `$.a[0]`, with `['a b']` for keys that are not plain identifiers.
    private var renderedPath: String {
        var text = "$"
        for step in path {
            switch step {
            case .index(let index): text += "[\(index)]"
            case .key(let key): text = Self.child(text, key: key)
            }
        }
        return text
    }

    /// `number (4.11)`, `string ("abc")`, `array`, ….
    static func described(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .array: "array"
        case .object: "object"
        case .bool(let flag): "boolean (\(flag))"
        case .string(let text): "string (\(ContractChecker.excerpt(text)))"
        case .number: "number (\(JSONWriter.write(value)))"
        }
    }

    static func child(_ path: String, key: String) -> String {
        let scalars = key.unicodeScalars
        let isLetter: (Unicode.Scalar) -> Bool = { $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        if let first = scalars.first, isLetter(first), scalars.allSatisfy({ isLetter($0) || ("0"..."9").contains($0) }) {
            return path + "." + key
        }
        var escaped = ""
        for character in key {
            switch character {
            case "'": escaped += "\\'"
            case "\\": escaped += "\\\\"
            default: escaped.append(character)
            }
        }
        return path + "['" + escaped + "']"
    }
}
