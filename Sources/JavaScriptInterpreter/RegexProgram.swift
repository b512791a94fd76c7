/// A compiled JavaScript regular expression: a tree matched by backtracking over UTF-16 code units, as
/// ECMAScript specifies (not NSRegularExpression or Swift Regex, whose semantics differ).
final class RegexProgram {
    indirect enum Node {
        case empty
        case unit(UInt16)
        case any
        case set([ClassItem], negated: Bool)
        case sequence([Node])
        case alternation([Node])
        case group(Node, index: Int?)
        case repetition(Node, min: Int, max: Int, greedy: Bool)
        case lineStart, lineEnd
        case wordBoundary(negated: Bool)
        case backreference(Int)
        case look(Node, ahead: Bool, negated: Bool)
    }

    enum ClassItem {
        case range(UInt16, UInt16)
        case digit(negated: Bool)
        case word(negated: Bool)
        case space(negated: Bool)
    }

    let source: [UInt16]
    let flags: String
    let root: Node
    /// Capturing groups, not counting the whole match.
    let groupCount: Int
    let groupNames: [(String, Int)]

    var global: Bool { flags.contains("g") }
    var ignoreCase: Bool { flags.contains("i") }
    var multiline: Bool { flags.contains("m") }
    var dotAll: Bool { flags.contains("s") }
    var sticky: Bool { flags.contains("y") }
    var unicode: Bool { flags.contains("u") }

    init(source: [UInt16], flags: String) throws(RegexSyntaxError) {
        for flag in flags {
            guard "dgimsuy".contains(flag), flags.filter({ $0 == flag }).count == 1 else {
                throw RegexSyntaxError(message: "Invalid flags supplied to RegExp constructor '\(flags)'", isFlags: true)
            }
        }
        var parser = RegexParser(units: source)
        let root = try parser.parse()
        self.source = source
        self.flags = String(flags.sorted())
        self.root = root
        self.groupCount = parser.groupCount
        self.groupNames = parser.groupNames
    }

    /// Captures as (start, end) unit offsets, index 0 the whole match; nil when there is no match at `start`.
    func match(
        _ input: ContiguousArray<UInt16>, at start: Int, stepLimit: Int, deadline: ContinuousClock.Instant? = nil, steps: inout Int
    ) throws(RegexStepLimit) -> [(Int, Int)?]? {
        let matcher = RegexMatcher(program: self, input: input, stepLimit: stepLimit, deadline: deadline)
        defer { steps = matcher.steps }
        var result: [(Int, Int)?]?
        if matcher.match(root, start, { end in
            result = [(start, end)]
            for i in 1...max(1, self.groupCount) where i <= self.groupCount {
                let s = matcher.captures[2 * i], e = matcher.captures[2 * i + 1]
                result?.append(s >= 0 && e >= 0 ? (s, e) : nil)
            }
            return true
        }) {
            return result
        }
        if matcher.exhausted { throw RegexStepLimit(timedOut: matcher.timedOut) }
        return nil
    }
}

struct RegexSyntaxError: Error {
    var message: String
    var isFlags = false
}

/// Backtracking ran past its budget: `(a+)+$` on a long string ends here instead of hanging.
struct RegexStepLimit: Error {
    var timedOut = false
}

/// Parses pattern text into `RegexProgram.Node`s.
struct RegexParser {
    typealias Node = RegexProgram.Node
    let units: [UInt16]
    var i = 0
    var groupCount = 0
    var groupNames: [(String, Int)] = []
    var pendingNamedReferences: [(String, Int)] = []

    init(units: [UInt16]) {
        self.units = units
    }

    mutating func parse() throws(RegexSyntaxError) -> Node {
        let node = try parseAlternation()
        if i < units.count {
            throw RegexSyntaxError(message: units[i] == 0x29 ? "Unmatched ')'" : "Unexpected character")
        }
        for (name, _) in pendingNamedReferences where !groupNames.contains(where: { $0.0 == name }) {
            throw RegexSyntaxError(message: "Invalid named capture referenced")
        }
        return resolveNamed(node)
    }

    /// `\k<name>` was parsed before the groups were all known; its placeholder index becomes the group's.
    private func resolveNamed(_ node: Node) -> Node {
        guard !pendingNamedReferences.isEmpty else { return node }
        switch node {
        case .backreference(let index) where index < 0:
            let name = pendingNamedReferences[-index - 1].0
            return .backreference(groupNames.first { $0.0 == name }?.1 ?? 0)
        case .sequence(let items): return .sequence(items.map(resolveNamed))
        case .alternation(let items): return .alternation(items.map(resolveNamed))
        case .group(let inner, let index): return .group(resolveNamed(inner), index: index)
        case .repetition(let inner, let min, let max, let greedy):
            return .repetition(resolveNamed(inner), min: min, max: max, greedy: greedy)
        case .look(let inner, let ahead, let negated): return .look(resolveNamed(inner), ahead: ahead, negated: negated)
        default: return node
        }
    }

    private var atEnd: Bool { i >= units.count }
    private func peek(_ offset: Int = 0) -> UInt16? { i + offset < units.count ? units[i + offset] : nil }

    private mutating func parseAlternation() throws(RegexSyntaxError) -> Node {
        var branches = [try parseSequence()]
        while peek() == 0x7C {
            i += 1
            branches.append(try parseSequence())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func parseSequence() throws(RegexSyntaxError) -> Node {
        var items: [Node] = []
        while let u = peek(), u != 0x7C, u != 0x29 {
            let atom = try parseAtom()
            items.append(try parseQuantifier(atom))
        }
        return items.count == 1 ? items[0] : (items.isEmpty ? .empty : .sequence(items))
    }

    private mutating func parseQuantifier(_ atom: Node) throws(RegexSyntaxError) -> Node {
        guard let u = peek() else { return atom }
        var minimum = 0, maximum = Int.max
        switch u {
        case 0x2A: i += 1
        case 0x2B: i += 1; minimum = 1
        case 0x3F: i += 1; maximum = 1
        case 0x7B:
            let save = i
            i += 1
            guard let low = readNumber() else { i = save; return atom }
            minimum = low
            maximum = low
            if peek() == 0x2C {
                i += 1
                maximum = readNumber() ?? Int.max
            }
            guard peek() == 0x7D else { i = save; return atom }
            i += 1
            if maximum < minimum { throw RegexSyntaxError(message: "numbers out of order in {} quantifier") }
        default:
            return atom
        }
        switch atom {
        case .lineStart, .lineEnd, .wordBoundary: throw RegexSyntaxError(message: "Nothing to repeat")
        case .look(_, let ahead, _) where !ahead: throw RegexSyntaxError(message: "Invalid quantifier")
        default: break
        }
        var greedy = true
        if peek() == 0x3F {
            i += 1
            greedy = false
        }
        return .repetition(atom, min: minimum, max: maximum, greedy: greedy)
    }

    private mutating func readNumber() -> Int? {
        var value: Int?
        while let u = peek(), u >= 0x30, u <= 0x39 {
            value = min((value ?? 0) * 10 + Int(u - 0x30), 1_000_000_000)
            i += 1
        }
        return value
    }

    private mutating func parseAtom() throws(RegexSyntaxError) -> Node {
        guard let u = peek() else { return .empty }
        i += 1
        switch u {
        case 0x5E: return .lineStart
        case 0x24: return .lineEnd
        case 0x2E: return .any
        case 0x28: return try parseGroup()
        case 0x5B: return try parseClass()
        case 0x5C: return try parseEscape()
        case 0x2A, 0x2B, 0x3F: throw RegexSyntaxError(message: "Nothing to repeat")
        case 0x7B:
            // A lone { is a literal in web-compatible regexes, unless it starts a valid quantifier.
            let save = i
            if readNumber() != nil, peek() == 0x7D || peek() == 0x2C { i = save; throw RegexSyntaxError(message: "Nothing to repeat") }
            i = save
            return .unit(u)
        default: return .unit(u)
        }
    }

    private mutating func parseGroup() throws(RegexSyntaxError) -> Node {
        if peek() == 0x3F {
            i += 1
            let kind = peek()
            i += 1
            switch kind {
            case 0x3A:
                let inner = try parseAlternation()
                try close()
                return .group(inner, index: nil)
            case 0x3D, 0x21:
                let inner = try parseAlternation()
                try close()
                return .look(inner, ahead: true, negated: kind == 0x21)
            case 0x3C:
                if peek() == 0x3D || peek() == 0x21 {
                    let negated = peek() == 0x21
                    i += 1
                    let inner = try parseAlternation()
                    try close()
                    return .look(inner, ahead: false, negated: negated)
                }
                var name: [UInt16] = []
                while let c = peek(), c != 0x3E { name.append(c); i += 1 }
                guard peek() == 0x3E, !name.isEmpty else { throw RegexSyntaxError(message: "Invalid capture group name") }
                i += 1
                groupCount += 1
                let index = groupCount
                let text = String(decoding: name, as: UTF16.self)
                if groupNames.contains(where: { $0.0 == text }) { throw RegexSyntaxError(message: "Duplicate capture group name") }
                groupNames.append((text, index))
                let inner = try parseAlternation()
                try close()
                return .group(inner, index: index)
            default:
                throw RegexSyntaxError(message: "Invalid group")
            }
        }
        groupCount += 1
        let index = groupCount
        let inner = try parseAlternation()
        try close()
        return .group(inner, index: index)
    }

    private mutating func close() throws(RegexSyntaxError) {
        guard peek() == 0x29 else { throw RegexSyntaxError(message: "Unterminated group") }
        i += 1
    }

    private mutating func parseEscape() throws(RegexSyntaxError) -> Node {
        guard let u = peek() else { throw RegexSyntaxError(message: "\\ at end of pattern") }
        i += 1
        switch u {
        case 0x62: return .wordBoundary(negated: false)
        case 0x42: return .wordBoundary(negated: true)
        case 0x64, 0x44, 0x77, 0x57, 0x73, 0x53: return .set([classEscape(u)], negated: false)
        case 0x6B where peek() == 0x3C:
            i += 1
            var name: [UInt16] = []
            while let c = peek(), c != 0x3E { name.append(c); i += 1 }
            guard peek() == 0x3E else { throw RegexSyntaxError(message: "Invalid named reference") }
            i += 1
            let text = String(decoding: name, as: UTF16.self)
            // Named groups may come later in the pattern; the index is looked up once parsing is done.
            pendingNamedReferences.append((text, 0))
            return .backreference(-(pendingNamedReferences.count))
        case 0x31...0x39:
            i -= 1
            let save = i
            let number = readNumber() ?? 0
            if number <= countGroups() { return .backreference(number) }
            i = save + 1
            return .unit(u == 0x38 || u == 0x39 ? u : u - 0x30)
        default:
            return .unit(try characterEscape(u))
        }
    }

    /// Every `(` that opens a capturing group, for telling backreferences from octal escapes.
    private func countGroups() -> Int {
        var count = 0, k = 0, inClass = false
        while k < units.count {
            let u = units[k]
            if u == 0x5C { k += 2; continue }
            if inClass {
                if u == 0x5D { inClass = false }
            } else if u == 0x5B {
                inClass = true
            } else if u == 0x28 {
                if k + 1 < units.count, units[k + 1] == 0x3F {
                    if k + 2 < units.count, units[k + 2] == 0x3C, k + 3 < units.count, units[k + 3] != 0x3D, units[k + 3] != 0x21 {
                        count += 1
                    }
                } else {
                    count += 1
                }
            }
            k += 1
        }
        return count
    }

    private func classEscape(_ u: UInt16) -> RegexProgram.ClassItem {
        switch u {
        case 0x64: .digit(negated: false)
        case 0x44: .digit(negated: true)
        case 0x77: .word(negated: false)
        case 0x57: .word(negated: true)
        case 0x73: .space(negated: false)
        default: .space(negated: true)
        }
    }

    private mutating func characterEscape(_ u: UInt16) throws(RegexSyntaxError) -> UInt16 {
        switch u {
        case 0x6E: return 0x0A
        case 0x74: return 0x09
        case 0x72: return 0x0D
        case 0x66: return 0x0C
        case 0x76: return 0x0B
        case 0x30: return 0
        case 0x63:
            if let c = peek(), (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) {
                i += 1
                return c % 32
            }
            return 0x5C
        case 0x78:
            if let value = hex(2) { return value }
            return u
        case 0x75:
            if peek() == 0x7B {
                let save = i
                i += 1
                var value = 0
                var count = 0
                while let c = peek(), let d = hexDigit(c) { value = value * 16 + d; i += 1; count += 1 }
                if peek() == 0x7D, count > 0, value <= 0xFFFF {
                    i += 1
                    return UInt16(value)
                }
                i = save
                return u
            }
            return hex(4) ?? u
        default:
            return u
        }
    }

    private mutating func hex(_ count: Int) -> UInt16? {
        guard i + count <= units.count else { return nil }
        var value = 0
        for k in 0..<count {
            guard let d = hexDigit(units[i + k]) else { return nil }
            value = value * 16 + d
        }
        i += count
        return UInt16(value)
    }

    private func hexDigit(_ u: UInt16) -> Int? {
        switch u {
        case 0x30...0x39: Int(u - 0x30)
        case 0x41...0x46: Int(u - 0x41 + 10)
        case 0x61...0x66: Int(u - 0x61 + 10)
        default: nil
        }
    }

    private mutating func parseClass() throws(RegexSyntaxError) -> Node {
        var negated = false
        if peek() == 0x5E {
            negated = true
            i += 1
        }
        var items: [RegexProgram.ClassItem] = []
        while true {
            guard let u = peek() else { throw RegexSyntaxError(message: "Unterminated character class") }
            if u == 0x5D {
                i += 1
                break
            }
            i += 1
            var low: UInt16
            if u == 0x5C {
                guard let e = peek() else { throw RegexSyntaxError(message: "\\ at end of pattern") }
                i += 1
                if [0x64, 0x44, 0x77, 0x57, 0x73, 0x53].contains(e) {
                    items.append(classEscape(e))
                    continue
                }
                low = e == 0x62 ? 0x08 : (e == 0x2D ? 0x2D : try characterEscape(e))
            } else {
                low = u
            }
            if peek() == 0x2D, let next = peek(1), next != 0x5D {
                i += 1
                var high = next
                i += 1
                if next == 0x5C {
                    guard let e = peek() else { throw RegexSyntaxError(message: "\\ at end of pattern") }
                    i += 1
                    if [0x64, 0x44, 0x77, 0x57, 0x73, 0x53].contains(e) {
                        items.append(.range(low, low))
                        items.append(.range(0x2D, 0x2D))
                        items.append(classEscape(e))
                        continue
                    }
                    high = e == 0x62 ? 0x08 : try characterEscape(e)
                }
                guard low <= high else { throw RegexSyntaxError(message: "Range out of order in character class") }
                items.append(.range(low, high))
            } else {
                items.append(.range(low, low))
            }
        }
        return .set(items, negated: negated)
    }
}
