/// Backtracking matcher for `RegexProgram`, in continuation-passing style: each node matches at a position and
/// calls the rest of the pattern with where it ended, trying alternatives until the rest succeeds.
final class RegexMatcher {
    typealias Node = RegexProgram.Node
    let program: RegexProgram
    let input: ContiguousArray<UInt16>
    /// Start and end of each group (index 0 unused), -1 when unset.
    var captures: [Int]
    private(set) var steps = 0
    private let stepLimit: Int
    private let deadline: ContinuousClock.Instant?
    private(set) var exhausted = false
    /// Set when the script's deadline passed during the match, rather than the step limit.
    private(set) var timedOut = false

    init(program: RegexProgram, input: ContiguousArray<UInt16>, stepLimit: Int, deadline: ContinuousClock.Instant? = nil) {
        self.program = program
        self.input = input
        self.stepLimit = stepLimit
        self.deadline = deadline
        captures = Array(repeating: -1, count: 2 * (program.groupCount + 1))
    }

    func match(_ node: Node, _ position: Int, _ next: (Int) -> Bool) -> Bool {
        steps += 1
        if steps > stepLimit {
            exhausted = true
            return false
        }
        // A catastrophic pattern can spend seconds within its step limit; the script's deadline still holds.
        if steps & 0xFFFF == 0, let deadline, ContinuousClock.now > deadline {
            exhausted = true
            timedOut = true
            return false
        }
        if exhausted { return false }
        switch node {
        case .empty:
            return next(position)
        case .unit(let unit):
            guard position < input.count, equal(input[position], unit) else { return false }
            return next(position + 1)
        case .any:
            guard position < input.count else { return false }
            if !program.dotAll, isLineTerminator(input[position]) { return false }
            return next(position + 1)
        case .set(let items, let negated):
            guard position < input.count else { return false }
            guard contains(items, input[position]) != negated else { return false }
            return next(position + 1)
        case .sequence(let items):
            return sequence(items, 0, position, next)
        case .alternation(let branches):
            for branch in branches where match(branch, position, next) { return true }
            return false
        case .group(let inner, let index):
            guard let index else { return match(inner, position, next) }
            let savedStart = captures[2 * index], savedEnd = captures[2 * index + 1]
            if match(inner, position, { end in
                let innerStart = self.captures[2 * index], innerEnd = self.captures[2 * index + 1]
                self.captures[2 * index] = position
                self.captures[2 * index + 1] = end
                if next(end) { return true }
                self.captures[2 * index] = innerStart
                self.captures[2 * index + 1] = innerEnd
                return false
            }) {
                return true
            }
            captures[2 * index] = savedStart
            captures[2 * index + 1] = savedEnd
            return false
        case .repetition(let inner, let minimum, let maximum, let greedy):
            return repeatMatch(inner, minimum, maximum, greedy, count: 0, position, next)
        case .lineStart:
            guard position == 0 || (program.multiline && isLineTerminator(input[position - 1])) else { return false }
            return next(position)
        case .lineEnd:
            guard position == input.count || (program.multiline && isLineTerminator(input[position])) else { return false }
            return next(position)
        case .wordBoundary(let negated):
            let before = position > 0 && isWord(input[position - 1])
            let after = position < input.count && isWord(input[position])
            guard (before != after) != negated else { return false }
            return next(position)
        case .backreference(let index):
            let start = index < captures.count / 2 ? captures[2 * index] : -1
            let end = index < captures.count / 2 ? captures[2 * index + 1] : -1
            // A group that hasn't taken part matches the empty string.
            guard start >= 0, end >= start else { return next(position) }
            let length = end - start
            guard position + length <= input.count else { return false }
            for k in 0..<length where !equal(input[position + k], input[start + k]) { return false }
            return next(position + length)
        case .look(let inner, let ahead, let negated):
            let saved = captures
            let found: Bool
            if ahead {
                found = match(inner, position, { _ in true })
            } else {
                var matched = false
                var start = position
                while start >= 0, !matched {
                    matched = match(inner, start, { end in end == position })
                    start -= 1
                }
                found = matched
            }
            if negated {
                captures = saved
                return found ? false : next(position)
            }
            guard found else {
                captures = saved
                return false
            }
            if next(position) { return true }
            captures = saved
            return false
        }
    }

    private func sequence(_ items: [Node], _ index: Int, _ position: Int, _ next: (Int) -> Bool) -> Bool {
        guard index < items.count else { return next(position) }
        return match(items[index], position) { end in self.sequence(items, index + 1, end, next) }
    }

    private func repeatMatch(
        _ inner: Node, _ minimum: Int, _ maximum: Int, _ greedy: Bool, count: Int, _ position: Int,
        _ next: (Int) -> Bool
    ) -> Bool {
        // Each iteration starts with the inner groups cleared, as ECMAScript's RepeatMatcher does.
        func iterate() -> Bool {
            guard count < maximum else { return false }
            let saved = captures
            clearGroups(in: inner)
            if match(inner, position, { end in
                // An iteration that matched nothing can't be repeated: it would loop forever.
                if end == position && count >= minimum { return false }
                return self.repeatMatch(inner, minimum, maximum, greedy, count: count + 1, end, next)
            }) {
                return true
            }
            captures = saved
            return false
        }
        if count < minimum { return iterate() }
        if greedy {
            return iterate() || next(position)
        }
        return next(position) || iterate()
    }

    private func clearGroups(in node: Node) {
        switch node {
        case .group(let inner, let index):
            if let index {
                captures[2 * index] = -1
                captures[2 * index + 1] = -1
            }
            clearGroups(in: inner)
        case .sequence(let items), .alternation(let items): for item in items { clearGroups(in: item) }
        case .repetition(let inner, _, _, _), .look(let inner, _, _): clearGroups(in: inner)
        default: break
        }
    }

    private func equal(_ a: UInt16, _ b: UInt16) -> Bool {
        a == b || (program.ignoreCase && Self.fold(a) == Self.fold(b))
    }

    /// Simple case folding for the Basic Multilingual Plane, enough for `i` without `u`.
    static func fold(_ unit: UInt16) -> UInt16 {
        if unit >= 0x61 && unit <= 0x7A { return unit - 32 }
        if unit < 0x80 { return unit }
        guard let scalar = Unicode.Scalar(unit) else { return unit }
        let upper = String(scalar).uppercased().utf16
        return upper.count == 1 ? upper.first ?? unit : unit
    }

    private func contains(_ items: [RegexProgram.ClassItem], _ unit: UInt16) -> Bool {
        for item in items {
            switch item {
            case .range(let low, let high):
                if unit >= low && unit <= high { return true }
                if program.ignoreCase {
                    let folded = Self.fold(unit)
                    for candidate in [folded, Self.lower(folded)] where candidate >= low && candidate <= high { return true }
                }
            case .digit(let negated):
                if (unit >= 0x30 && unit <= 0x39) != negated { return true }
            case .word(let negated):
                if isWord(unit) != negated { return true }
            case .space(let negated):
                if isSpace(unit) != negated { return true }
            }
        }
        return false
    }

    static func lower(_ unit: UInt16) -> UInt16 {
        if unit >= 0x41 && unit <= 0x5A { return unit + 32 }
        guard unit >= 0x80, let scalar = Unicode.Scalar(unit) else { return unit }
        let lower = String(scalar).lowercased().utf16
        return lower.count == 1 ? lower.first ?? unit : unit
    }

    private func isWord(_ unit: UInt16) -> Bool {
        (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A) || unit == 0x5F
    }

    private func isLineTerminator(_ unit: UInt16) -> Bool {
        unit == 0x0A || unit == 0x0D || unit == 0x2028 || unit == 0x2029
    }

    private func isSpace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        case 0x2000...0x200A: true
        default: false
        }
    }
}
