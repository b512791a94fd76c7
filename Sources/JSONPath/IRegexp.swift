/// A compiled I-Regexp (RFC 9485) pattern, as used by the JSONPath `match()` and `search()` functions.
///
/// Matching simulates the pattern's NFA over Unicode scalars (a Pike VM without captures), so it runs in
/// O(pattern × text) time and cannot be made to backtrack exponentially. `.` matches anything but `\n` and `\r`.
/// An unescaped `^` or `$` outside a class anchors at the start or end of the text: RFC 9485's grammar reads them
/// as ordinary characters, but its ECMAScript mapping (and the JSONPath compliance suite) treats them as anchors.
package struct IRegexp: Sendable {
    /// One NFA instruction.
    enum Instruction: Sendable {
        case scalar(ScalarSet)
        case split(Int, Int)
        case jump(Int)
        case match
        case assertStart
        case assertEnd
    }

    let program: [Instruction]

    /// The most instructions a pattern may compile to; counted repetitions beyond this are rejected.
    static let maximumProgramSize = 10_000

    /// Which syntax a pattern is written in.
    package enum Dialect: Sendable {
        /// Exactly RFC 9485, as JSONPath's `match()` and `search()` require.
        case rfc9485
        /// RFC 9485 plus `\d \D \w \W \s \S` and escaped ASCII punctuation such as `\/` (for assertions).
        case extended
    }

    /// Compiles `pattern`, or returns nil when it is not valid in `dialect`.
    package init?(_ pattern: String, dialect: Dialect = .rfc9485) {
        var parser = IRegexpParser(pattern, dialect: dialect)
        guard let program = parser.compile() else { return nil }
        self.program = program
    }

    /// True when the whole of `text` matches (the `match()` function).
    package func matches(_ text: String) -> Bool {
        run(text, anywhere: false)
    }

    /// True when some substring of `text` matches (the `search()` function).
    package func search(_ text: String) -> Bool {
        run(text, anywhere: true)
    }

    private func run(_ text: String, anywhere: Bool) -> Bool {
        var current: [Int] = []
        var next: [Int] = []
        var marks = [Int](repeating: -1, count: program.count)
        var generation = 0
        var stack: [Int] = []

        let length = text.unicodeScalars.count
        var offset = 0

        func addThread(_ start: Int, to list: inout [Int]) -> Bool {
            stack.append(start)
            var reachedMatch = false
            while let pc = stack.popLast() {
                if marks[pc] == generation { continue }
                marks[pc] = generation
                switch program[pc] {
                case .jump(let target):
                    stack.append(target)
                case .split(let first, let second):
                    stack.append(second)
                    stack.append(first)
                case .match:
                    reachedMatch = true
                case .scalar:
                    list.append(pc)
                case .assertStart:
                    if offset == 0 { stack.append(pc + 1) }
                case .assertEnd:
                    if offset == length { stack.append(pc + 1) }
                }
            }
            return reachedMatch
        }

        var matched = addThread(0, to: &current)
        if matched && anywhere { return true }
        for scalar in text.unicodeScalars {
            if current.isEmpty && !anywhere { return false }
            generation += 1
            offset += 1
            next.removeAll(keepingCapacity: true)
            matched = false
            for pc in current {
                if case .scalar(let set) = program[pc], set.contains(scalar) {
                    if addThread(pc + 1, to: &next) { matched = true }
                }
            }
            if anywhere {
                if matched { return true }
                if addThread(0, to: &next) { return true }
            }
            swap(&current, &next)
        }
        return matched
    }
}
