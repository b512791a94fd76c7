/// `RegExp` objects and the string methods that take them: exec, test, match, matchAll, search, replace,
/// replaceAll and split, on the backtracking engine in `RegexProgram`.
extension Realm {
    /// Backtracking steps one match may take before the script is stopped (or the host's step limit, if lower):
    /// enough for a simple pattern over megabytes, and a runaway one stops in well under a second in a release build.
    static let regexStepLimit = 10_000_000

    var regexSteps: Int { min(limits.maxSteps ?? Int.max, Self.regexStepLimit) }

    func setUpRegExp() {
        let proto = newObject(proto: objectPrototype)
        regExpPrototype = proto
        let ctor = makeConstructor("RegExp", length: 2, prototype: proto) { c throws(JSThrow) in
            let r = c.realm
            var source: [UInt16]
            var flags: String
            if case .object(let o) = c[0], case .regexp(let program) = o.kind {
                if c.newTarget == nil, c[1].isUndefined { return c[0] }
                source = program.source
                flags = c[1].isUndefined ? program.flags : try r.toString(c[1]).string
            } else {
                source = c[0].isUndefined ? [] : Array(try r.toString(c[0]).units)
                flags = c[1].isUndefined ? "" : try r.toString(c[1]).string
            }
            return .object(try r.makeRegExp(source, flags))
        }
        _ = ctor
        func program(_ c: NativeCall, _ name: String) throws(JSThrow) -> (JSObject, RegexProgram) {
            guard case .object(let o) = c.this, case .regexp(let program) = o.kind else {
                throw c.realm.typeError("RegExp.prototype.\(name) requires that 'this' be a RegExp object")
            }
            return (o, program)
        }
        defineMethod(proto, "exec", length: 1) { c throws(JSThrow) in
            let (o, p) = try program(c, "exec")
            return try c.realm.regExpExec(o, p, try c.realm.toString(c[0]))
        }
        defineMethod(proto, "test", length: 1) { c throws(JSThrow) in
            let (o, p) = try program(c, "test")
            // Only whether it matches: building exec's result array was most of test's cost.
            return .bool(try c.realm.regExpMatch(o, p, try c.realm.toString(c[0])) != nil)
        }
        defineMethod(proto, "toString", length: 0) { c throws(JSThrow) in
            let (_, p) = try program(c, "toString")
            return .string(JSString(RegexProgram.display(p)))
        }
        let getters: [(String, (RegexProgram) -> JSValue)] = [
            ("source", { .string(JSString(RegexProgram.escapedSource($0))) }), ("flags", { .string(JSString($0.flags)) }),
            ("global", { .bool($0.global) }), ("ignoreCase", { .bool($0.ignoreCase) }),
            ("multiline", { .bool($0.multiline) }), ("sticky", { .bool($0.sticky) }), ("unicode", { .bool($0.unicode) }),
            ("dotAll", { .bool($0.dotAll) }), ("hasIndices", { .bool($0.flags.contains("d")) }),
        ]
        for (name, read) in getters {
            defineGetter(proto, name) { c throws(JSThrow) in
                guard case .object(let o) = c.this, case .regexp(let p) = o.kind else {
                    if case .object(let o) = c.this, o === proto { return name == "source" ? .string(JSString("(?:)")) : .undefined }
                    throw c.realm.typeError("RegExp.prototype.\(name) getter called on non-RegExp object")
                }
                return read(p)
            }
        }
    }

    /// A new RegExp object; a bad pattern is V8's SyntaxError.
    func makeRegExp(_ source: [UInt16], _ flags: String) throws(JSThrow) -> JSObject {
        let program: RegexProgram
        do {
            program = try RegexProgram(source: source, flags: flags)
        } catch {
            if error.isFlags { throw syntaxError(error.message) }
            throw syntaxError("Invalid regular expression: /\(String(decoding: source, as: UTF16.self))/\(flags): \(error.message)")
        }
        let o = newObject(proto: regExpPrototype, kind: .regexp(program))
        o.defineOwn(.string("lastIndex"), Property(value: .number(0), flags: .writable))
        return o
    }

    /// One match from `lastIndex` (global or sticky) or from the start, as RegExpBuiltinExec: an array with the
    /// captures, `index`, `input` and `groups`, or null.
    func regExpExec(_ o: JSObject, _ p: RegexProgram, _ s: JSString) throws(JSThrow) -> JSValue {
        guard let found = try regExpMatch(o, p, s) else { return .null }
        return .object(matchArray(found, p, s))
    }

    /// One match attempt at `start` under the script's limits: backtracking has its own step limit, counts
    /// against the script's step budget, and stops when the script's deadline passes.
    func regexMatch(_ p: RegexProgram, _ input: ContiguousArray<UInt16>, at start: Int) throws(JSThrow) -> [(Int, Int)?]? {
        let limit = regexSteps
        var used = 0
        let found: [(Int, Int)?]?
        do {
            found = try p.match(input, at: start, stepLimit: limit, deadline: deadline, steps: &used)
        } catch {
            throw error.timedOut ? .limit(.time(milliseconds: limits.timeoutMilliseconds ?? 0)) : .limit(.steps(limit))
        }
        try chargeSteps(used >> 4)
        return found
    }

    /// The captures of the next match, updating `lastIndex` as exec does.
    func regExpMatch(_ o: JSObject, _ p: RegexProgram, _ s: JSString) throws(JSThrow) -> [(Int, Int)?]? {
        let input = s.units
        let usesLastIndex = p.global || p.sticky
        var start = usesLastIndex ? try toLength(try get(.object(o), "lastIndex")) : 0
        while start <= input.count {
            let found = try regexMatch(p, input, at: start)
            if let found, let whole = found[0] {
                if usesLastIndex { try set(.object(o), .string("lastIndex"), .number(Double(whole.1))) }
                return found
            }
            if p.sticky { break }
            start += 1
        }
        if usesLastIndex { try set(.object(o), .string("lastIndex"), .number(0)) }
        return nil
    }

    func matchArray(_ found: [(Int, Int)?], _ p: RegexProgram, _ s: JSString) -> JSObject {
        let values: [JSValue] = found.map { range in range.map { .string(s.substring($0.0, $0.1)) } ?? .undefined }
        let array = newArray(values)
        array.set("index", .number(Double(found[0]?.0 ?? 0)), flags: .all)
        array.set("input", .string(s), flags: .all)
        if p.groupNames.isEmpty {
            array.set("groups", .undefined, flags: .all)
        } else {
            let groups = newObject(proto: nil)
            for (name, index) in p.groupNames { groups.set(name, index < values.count ? values[index] : .undefined, flags: .all) }
            array.set("groups", .object(groups), flags: .all)
        }
        return array
    }

    /// Every match of a global regex from the start, for match, matchAll, replace and replaceAll.
    func regExpAllMatches(_ o: JSObject, _ p: RegexProgram, _ s: JSString) throws(JSThrow) -> [[(Int, Int)?]] {
        guard p.global else { return try regExpMatch(o, p, s).map { [$0] } ?? [] }
        try set(.object(o), .string("lastIndex"), .number(0))
        var results: [[(Int, Int)?]] = []
        while let found = try regExpMatch(o, p, s), let whole = found[0] {
            results.append(found)
            // An empty match would be found again at the same place; step past it.
            if whole.0 == whole.1 { try set(.object(o), .string("lastIndex"), .number(Double(whole.1 + 1))) }
        }
        return results
    }

    /// `replace` and `replaceAll` with a RegExp: every match when global, else the first; the replacement is a
    /// function (called with the match, captures, offset, string and groups) or a template.
    func regExpReplace(_ o: JSObject, _ p: RegexProgram, _ s: JSString, _ replacer: JSValue) throws(JSThrow) -> JSString {
        let subject = s.units
        let matches = try regExpAllMatches(o, p, s)
        let isFunction = replacer.asObject?.isCallable ?? false
        let template = isFunction ? ContiguousArray<UInt16>() : try toString(replacer).units
        var out = ContiguousArray<UInt16>()
        var last = 0
        for found in matches {
            guard let whole = found[0] else { continue }
            out.append(contentsOf: subject[last..<whole.0])
            if isFunction {
                var arguments: [JSValue] = found.map { range in range.map { .string(s.substring($0.0, $0.1)) } ?? .undefined }
                arguments.append(.number(Double(whole.0)))
                arguments.append(.string(s))
                if !p.groupNames.isEmpty, case .object(let array) = JSValue.object(matchArray(found, p, s)) {
                    arguments.append(try get(.object(array), "groups"))
                }
                out.append(contentsOf: try toString(try call(replacer, this: .undefined, arguments)).units)
            } else {
                out.append(contentsOf: expandRegexReplacement(template, found, p, subject))
            }
            last = whole.1
        }
        out.append(contentsOf: subject[min(last, subject.count)...])
        return JSString(units: out)
    }

    /// `split` with a RegExp: pieces between matches, with the captures spliced in (ECMAScript's @@split).
    func regExpSplit(_ p: RegexProgram, _ s: JSString, limit: Int) throws(JSThrow) -> [JSValue] {
        let input = s.units
        if limit == 0 { return [] }
        func matchAt(_ q: Int) throws(JSThrow) -> [(Int, Int)?]? {
            try regexMatch(p, input, at: q)
        }
        if input.isEmpty { return try matchAt(0) == nil ? [.string(s)] : [] }
        var pieces: [JSValue] = []
        var p0 = 0, q = 0
        while q < input.count {
            guard let found = try matchAt(q), let whole = found[0], whole.1 != p0 else {
                q += 1
                continue
            }
            pieces.append(.string(s.substring(p0, q)))
            if pieces.count == limit { return pieces }
            for capture in found.dropFirst() {
                pieces.append(capture.map { .string(s.substring($0.0, $0.1)) } ?? .undefined)
                if pieces.count == limit { return pieces }
            }
            p0 = whole.1
            q = p0
        }
        pieces.append(.string(s.substring(p0, input.count)))
        return pieces
    }

    /// `$1`, `$<name>`, `$&`, `` $` ``, `$'` and `$$` in a replacement string.
    func expandRegexReplacement(
        _ template: ContiguousArray<UInt16>, _ found: [(Int, Int)?], _ p: RegexProgram, _ subject: ContiguousArray<UInt16>
    ) -> ContiguousArray<UInt16> {
        var out = ContiguousArray<UInt16>()
        var i = 0
        let whole = found[0] ?? (0, 0)
        while i < template.count {
            let u = template[i]
            guard u == 36, i + 1 < template.count else {
                out.append(u)
                i += 1
                continue
            }
            let next = template[i + 1]
            switch next {
            case 36: out.append(36); i += 2
            case 38: out.append(contentsOf: subject[whole.0..<whole.1]); i += 2
            case 96: out.append(contentsOf: subject[0..<whole.0]); i += 2
            case 39: out.append(contentsOf: subject[whole.1...]); i += 2
            case 48...57:
                var number = Int(next - 48)
                var width = 2
                if i + 2 < template.count, (48...57).contains(template[i + 2]), number * 10 + Int(template[i + 2] - 48) <= p.groupCount {
                    number = number * 10 + Int(template[i + 2] - 48)
                    width = 3
                }
                if number >= 1, number <= p.groupCount {
                    if let range = found[number] { out.append(contentsOf: subject[range.0..<range.1]) }
                    i += width
                } else {
                    out.append(u)
                    i += 1
                }
            case 60 where !p.groupNames.isEmpty:
                if let close = template[(i + 2)...].firstIndex(of: 62) {
                    let name = String(decoding: template[(i + 2)..<close], as: UTF16.self)
                    if let index = p.groupNames.first(where: { $0.0 == name })?.1, let range = found[index] {
                        out.append(contentsOf: subject[range.0..<range.1])
                    }
                    i = close + 1
                } else {
                    out.append(u)
                    i += 1
                }
            default:
                out.append(u)
                i += 1
            }
        }
        return out
    }
}

extension RegexProgram {
    /// `/source/flags`, as `String(regex)` and console output show it.
    static func display(_ p: RegexProgram) -> String {
        "/" + escapedSource(p) + "/" + p.flags
    }

    /// The source with `/` escaped, and `(?:)` for an empty pattern.
    static func escapedSource(_ p: RegexProgram) -> String {
        guard !p.source.isEmpty else { return "(?:)" }
        var out: [UInt16] = []
        var escaped = false, inClass = false
        for u in p.source {
            if !escaped {
                if u == 0x5B { inClass = true } else if u == 0x5D { inClass = false }
                if u == 0x2F && !inClass { out.append(0x5C) }
                if u == 0x0A { out.append(contentsOf: Array("\\n".utf16)); continue }
            }
            escaped = !escaped && u == 0x5C
            out.append(u)
        }
        return String(decoding: out, as: UTF16.self)
    }
}
