import JSON

/// Runs parsed segments over a document (RFC 9535 §2.3–2.5).
///
/// With `tracksPaths` off, nodes carry the root path only; filters use that mode for their sub-queries.
struct JSONPathEvaluator {
    let root: JSONValue
    let tracksPaths: Bool
    /// The path of the node being visited by a descendant segment, grown and shrunk in place.
    private var scratch: [NormalizedPath.Element] = []

    init(root: JSONValue, tracksPaths: Bool) {
        self.root = root
        self.tracksPaths = tracksPaths
    }

    mutating func nodes(_ segments: [Segment], from start: JSONValue) -> [JSONPathNode] {
        var current = [JSONPathNode(value: start, path: .root)]
        for segment in segments {
            var next: [JSONPathNode] = []
            for node in current {
                if segment.isDescendant {
                    scratch = node.path.elements
                    descend(node.value, selectors: segment.selectors, into: &next)
                } else {
                    for selector in segment.selectors {
                        apply(selector, to: node.value, path: .given(node.path), into: &next)
                    }
                }
            }
            current = next
            if current.isEmpty { break }
        }
        return current
    }

    /// Applies the selectors to `value` and then to each of its descendants, in document order.
    private mutating func descend(_ value: JSONValue, selectors: [Selector], into output: inout [JSONPathNode]) {
        for selector in selectors {
            apply(selector, to: value, path: .scratch, into: &output)
        }
        switch value {
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                if tracksPaths { scratch.append(.index(index)) }
                descend(element, selectors: selectors, into: &output)
                if tracksPaths { scratch.removeLast() }
            }
        case .object(let object):
            for member in object.members {
                if tracksPaths { scratch.append(.name(member.key)) }
                descend(member.value, selectors: selectors, into: &output)
                if tracksPaths { scratch.removeLast() }
            }
        default:
            break
        }
    }

    /// Where the path of the node a selector looks at comes from. Descendant segments visit many nodes that
    /// select nothing, so their path is only copied out of `scratch` when a child is actually selected.
    private enum ParentPath {
        case given(NormalizedPath)
        case scratch
    }

    private func child(_ parent: ParentPath, _ element: NormalizedPath.Element) -> NormalizedPath {
        guard tracksPaths else { return .root }
        switch parent {
        case .given(let path):
            return path.appending(element)
        case .scratch:
            var elements = scratch
            elements.append(element)
            return NormalizedPath(elements)
        }
    }

    private func apply(
        _ selector: Selector, to value: JSONValue, path: ParentPath, into output: inout [JSONPathNode]
    ) {
        switch selector {
        case .name(let name):
            if case .object(let object) = value, let member = Self.member(named: name, in: object) {
                output.append(JSONPathNode(value: member, path: child(path, .name(name))))
            }
        case .wildcard:
            switch value {
            case .array(let elements):
                for (index, element) in elements.enumerated() {
                    output.append(JSONPathNode(value: element, path: child(path, .index(index))))
                }
            case .object(let object):
                for member in object.members {
                    output.append(JSONPathNode(value: member.value, path: child(path, .name(member.key))))
                }
            default:
                break
            }
        case .index(let index):
            if case .array(let elements) = value, let resolved = Self.resolve(index, count: elements.count) {
                output.append(JSONPathNode(value: elements[resolved], path: child(path, .index(resolved))))
            }
        case .slice(let start, let end, let step):
            if case .array(let elements) = value {
                for index in Self.sliceIndices(start: start, end: end, step: step, count: elements.count) {
                    output.append(JSONPathNode(value: elements[index], path: child(path, .index(index))))
                }
            }
        case .filter(let expression):
            switch value {
            case .array(let elements):
                for (index, element) in elements.enumerated() where test(expression, current: element) {
                    output.append(JSONPathNode(value: element, path: child(path, .index(index))))
                }
            case .object(let object):
                for member in object.members where test(expression, current: member.value) {
                    output.append(JSONPathNode(value: member.value, path: child(path, .name(member.key))))
                }
            default:
                break
            }
        }
    }

    /// The member whose name has exactly the same scalars as `name` (no Unicode normalization); the last one wins.
    static func member(named name: String, in object: JSONObject) -> JSONValue? {
        var found: JSONValue?
        for member in object.members where member.key.sameScalars(as: name) {
            found = member.value
        }
        return found
    }

    static func resolve(_ index: Int, count: Int) -> Int? {
        let resolved = index < 0 ? count + index : index
        return resolved >= 0 && resolved < count ? resolved : nil
    }

    /// The indices an RFC 9535 slice selects, in order (§2.3.4.2.2).
    static func sliceIndices(start: Int?, end: Int?, step: Int?, count: Int) -> [Int] {
        let step = step ?? 1
        guard step != 0 else { return [] }
        func normalize(_ index: Int) -> Int { index >= 0 ? index : count + index }
        var indices: [Int] = []
        if step > 0 {
            let lower = min(max(normalize(start ?? 0), 0), count)
            let upper = min(max(normalize(end ?? count), 0), count)
            var index = lower
            while index < upper {
                indices.append(index)
                index += step
            }
        } else {
            let upper = min(max(normalize(start ?? count - 1), -1), count - 1)
            let lower = min(max(normalize(end ?? -count - 1), -1), count - 1)
            var index = upper
            while lower < index {
                indices.append(index)
                index += step
            }
        }
        return indices
    }
}
