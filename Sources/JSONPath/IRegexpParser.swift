/// Parses an I-Regexp (RFC 9485) pattern and compiles it to `IRegexp` NFA instructions.
///
/// Anything outside the RFC's grammar (back-references, `\d`, anchors' special meaning, lazy quantifiers, …)
/// makes the pattern invalid.
struct IRegexpParser {
    /// The pattern's syntax tree.
    private indirect enum Node {
        case set(ScalarSet)
        case start
        case end
        case sequence([Node])
        case alternation([Node])
        case repetition(Node, minimum: Int, maximum: Int?)
    }

    private let scalars: [Unicode.Scalar]
    private let dialect: IRegexp.Dialect
    private var position = 0
    private var depth = 0

    init(_ pattern: String, dialect: IRegexp.Dialect) {
        scalars = Array(pattern.unicodeScalars)
        self.dialect = dialect
    }

    /// The compiled program, or nil when the pattern is invalid or too large.
    mutating func compile() -> [IRegexp.Instruction]? {
        guard let tree = parseAlternation(), position == scalars.count else { return nil }
        var program: [IRegexp.Instruction] = []
        guard Self.emit(tree, into: &program) else { return nil }
        program.append(.match)
        return program
    }

    private var peek: Unicode.Scalar? {
        position < scalars.count ? scalars[position] : nil
    }

    // MARK: - Parsing

    private mutating func parseAlternation() -> Node? {
        depth += 1
        defer { depth -= 1 }
        // Deep nesting would exhaust the stack; real patterns never need it.
        guard depth < 200 else { return nil }
        var branches: [Node] = []
        while true {
            guard let branch = parseBranch() else { return nil }
            branches.append(branch)
            guard peek == "|" else { break }
            position += 1
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func parseBranch() -> Node? {
        var pieces: [Node] = []
        while let next = peek, next != "|", next != ")" {
            guard let atom = parseAtom() else { return nil }
            guard let piece = parseQuantifier(on: atom) else { return nil }
            pieces.append(piece)
        }
        return .sequence(pieces)
    }

    private mutating func parseAtom() -> Node? {
        guard let next = peek else { return nil }
        switch next {
        case "(":
            position += 1
            guard let inner = parseAlternation(), peek == ")" else { return nil }
            position += 1
            return inner
        case ".":
            position += 1
            return .set(.dot)
        case "[":
            return parseClassExpression().map(Node.set)
        case "\\":
            return parseEscape().map(Node.set)
        case ")", "*", "+", "?", "]", "{", "|", "}":
            return nil
        case "^":
            position += 1
            return .start
        case "$":
            position += 1
            return .end
        default:
            position += 1
            return .set(ScalarSet(scalar: next))
        }
    }

    private mutating func parseQuantifier(on atom: Node) -> Node? {
        switch peek {
        case "*":
            position += 1
            return .repetition(atom, minimum: 0, maximum: nil)
        case "+":
            position += 1
            return .repetition(atom, minimum: 1, maximum: nil)
        case "?":
            position += 1
            return .repetition(atom, minimum: 0, maximum: 1)
        case "{":
            position += 1
            guard let minimum = parseQuantity() else { return nil }
            var maximum: Int? = minimum
            if peek == "," {
                position += 1
                maximum = peek == "}" ? nil : parseQuantity()
                if maximum == nil && peek != "}" { return nil }
            }
            guard peek == "}" else { return nil }
            position += 1
            if let maximum, maximum < minimum { return nil }
            return .repetition(atom, minimum: minimum, maximum: maximum)
        default:
            return atom
        }
    }

    private mutating func parseQuantity() -> Int? {
        var value = 0
        var digits = 0
        while let digit = peek, ("0"..."9").contains(digit) {
            value = min(value * 10 + Int(digit.value - 48), 1_000_000)
            digits += 1
            position += 1
        }
        return digits > 0 ? value : nil
    }

    /// Parses `\…` outside a bracket: a single-character escape or a `\p{…}`/`\P{…}` category.
    private mutating func parseEscape() -> ScalarSet? {
        if let single = parseSingleCharacterEscape() { return ScalarSet(scalar: single) }
        if let shorthand = parseShorthandEscape() { return ScalarSet(items: [shorthand]) }
        return parseCategoryEscape().map { ScalarSet(items: [$0]) }
    }

    /// `\d \D \w \W \s \S`, in the extended dialect only.
    private mutating func parseShorthandEscape() -> ScalarSet.Item? {
        guard dialect == .extended, peek == "\\", position + 1 < scalars.count else { return nil }
        let ranges: [ClosedRange<UInt32>]
        switch scalars[position + 1] {
        case "d", "D": ranges = [0x30...0x39]
        case "w", "W": ranges = [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A]
        case "s", "S": ranges = [0x09...0x0D, 0x20...0x20]
        default: return nil
        }
        let negated = ("A"..."Z").contains(scalars[position + 1])
        position += 2
        return .nested(ScalarSet(items: ranges.map { .range($0) }, negated: negated))
    }

    private mutating func parseSingleCharacterEscape() -> Unicode.Scalar? {
        guard peek == "\\", position + 1 < scalars.count else { return nil }
        let escaped = scalars[position + 1]
        let result: Unicode.Scalar? =
            switch escaped {
            case "(", ")", "*", "+", "-", ".", "?", "[", "\\", "]", "^", "{", "|", "}": escaped
            case "n": "\n"
            case "r": "\r"
            case "t": "\t"
            case _ where dialect == .extended && escaped.isASCII && !escaped.properties.isAlphabetic
                && !("0"..."9").contains(escaped):
                escaped
            default: nil
            }
        if result != nil { position += 2 }
        return result
    }

    private mutating func parseCategoryEscape() -> ScalarSet.Item? {
        guard peek == "\\", position + 2 < scalars.count,
            scalars[position + 1] == "p" || scalars[position + 1] == "P", scalars[position + 2] == "{"
        else { return nil }
        let complemented = scalars[position + 1] == "P"
        var cursor = position + 3
        var name = ""
        while cursor < scalars.count, scalars[cursor] != "}", name.unicodeScalars.count < 3 {
            name.unicodeScalars.append(scalars[cursor])
            cursor += 1
        }
        guard cursor < scalars.count, scalars[cursor] == "}", let categories = ScalarSet.categories(named: name)
        else { return nil }
        position = cursor + 1
        return .categories(categories, complemented: complemented)
    }

    /// Parses `"[" ["^"] ("-" / CCE1) *CCE1 ["-"] "]"`.
    private mutating func parseClassExpression() -> ScalarSet? {
        position += 1  // "["
        var negated = false
        if peek == "^" {
            negated = true
            position += 1
        }
        var items: [ScalarSet.Item] = []
        if peek == "-" {
            items.append(.range(0x2D...0x2D))
            position += 1
        }
        while true {
            guard let next = peek else { return nil }
            if next == "]" {
                position += 1
                break
            }
            if next == "-" {
                // Only allowed as the last character.
                guard position + 1 < scalars.count, scalars[position + 1] == "]" else { return nil }
                items.append(.range(0x2D...0x2D))
                position += 2
                break
            }
            if let category = parseCategoryEscape() ?? parseShorthandEscape() {
                items.append(category)
                continue
            }
            guard let low = parseClassCharacter() else { return nil }
            if peek == "-", position + 1 < scalars.count, scalars[position + 1] != "]" {
                position += 1
                guard let high = parseClassCharacter(), low.value <= high.value else { return nil }
                items.append(.range(low.value...high.value))
            } else {
                items.append(.range(low.value...low.value))
            }
        }
        guard !items.isEmpty else { return nil }
        return ScalarSet(items: items, negated: negated)
    }

    /// Parses a `CCchar`: any scalar but `-`, `[`, `\` and `]`, or a single-character escape.
    private mutating func parseClassCharacter() -> Unicode.Scalar? {
        guard let next = peek else { return nil }
        switch next {
        case "\\":
            return parseSingleCharacterEscape()
        case "-", "[", "]":
            return nil
        default:
            position += 1
            return next
        }
    }

    // MARK: - Compiling

    private static func emit(_ node: Node, into program: inout [IRegexp.Instruction]) -> Bool {
        guard program.count < IRegexp.maximumProgramSize else { return false }
        switch node {
        case .set(let set):
            program.append(.scalar(set))
        case .start:
            program.append(.assertStart)
        case .end:
            program.append(.assertEnd)
        case .sequence(let nodes):
            for child in nodes where !emit(child, into: &program) { return false }
        case .alternation(let branches):
            // split L1, next; L1: branch; jump end; next: split …
            var jumps: [Int] = []
            for (index, branch) in branches.enumerated() {
                if index < branches.count - 1 {
                    let split = program.count
                    program.append(.split(split + 1, -1))
                    guard emit(branch, into: &program) else { return false }
                    jumps.append(program.count)
                    program.append(.jump(-1))
                    program[split] = .split(split + 1, program.count)
                } else {
                    guard emit(branch, into: &program) else { return false }
                }
            }
            for jump in jumps { program[jump] = .jump(program.count) }
        case .repetition(let body, let minimum, let maximum):
            for _ in 0..<minimum where !emit(body, into: &program) { return false }
            if let maximum {
                var splits: [Int] = []
                for _ in minimum..<maximum {
                    splits.append(program.count)
                    program.append(.split(program.count + 1, -1))
                    guard emit(body, into: &program) else { return false }
                }
                for split in splits { program[split] = .split(split + 1, program.count) }
            } else {
                let loop = program.count
                program.append(.split(loop + 1, -1))
                guard emit(body, into: &program) else { return false }
                program.append(.jump(loop))
                program[loop] = .split(loop + 1, program.count)
            }
        }
        return program.count <= IRegexp.maximumProgramSize
    }
}
