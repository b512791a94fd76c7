extension Realm {
    func setUpJSON() {
        let json = newObject()
        global.set("JSON", .object(json))
        json.defineOwn(.symbol(JSSymbol.toStringTag), Property(value: .string(JSString("JSON")), flags: .configurable))
        defineMethod(json, "parse", length: 2) { c throws(JSThrow) in
            let r = c.realm
            let text = try r.toString(c[0])
            var parser = JSONTextParser(realm: r, units: text.units)
            let value = try parser.parseDocument()
            if case .object(let reviver) = c[1], reviver.isCallable {
                let root = r.newObject()
                root.defineOwn(.string(""), Property(value: value))
                return try r.internalize(root, .string(""), reviver: c[1])
            }
            return value
        }
        defineMethod(json, "stringify", length: 3) { c throws(JSThrow) in
            var s = try JSONStringifier(realm: c.realm, replacer: c[1], space: c[2])
            guard let out = try s.serialize(c[0]) else { return .undefined }
            return .string(JSString(units: out))
        }
    }

    func internalize(_ holder: JSObject, _ key: PropertyKey, reviver: JSValue) throws(JSThrow) -> JSValue {
        let value = try get(holder, key, receiver: .object(holder))
        if case .object(let o) = value {
            if o.isArray {
                let n = try lengthOf(o)
                for i in 0..<n {
                    let v = try internalize(o, .string(String(i)), reviver: reviver)
                    if v.isUndefined { _ = o.deleteOwn(.string(String(i))) } else { o.defineOwn(.string(String(i)), Property(value: v)) }
                }
            } else {
                for k in enumerableOwn(o) {
                    let v = try internalize(o, k, reviver: reviver)
                    if v.isUndefined { _ = o.deleteOwn(k) } else { o.defineOwn(k, Property(value: v)) }
                }
            }
        }
        return try call(reviver, this: .object(holder), [key.jsValue, value])
    }
}

/// JSON.parse over UTF-16 code units: order-preserving, keeps lone surrogates, V8-worded errors.
struct JSONTextParser {
    let realm: Realm
    let units: ContiguousArray<UInt16>
    var pos = 0
    var depth = 0

    init(realm: Realm, units: ContiguousArray<UInt16>) {
        self.realm = realm
        self.units = units
    }

    func error(_ message: String) -> JSThrow { realm.syntaxError(message) }

    var sourceText: String { String(decoding: units, as: UTF16.self) }

    func unexpected() -> JSThrow {
        if pos >= units.count { return error("Unexpected end of JSON input") }
        let src = sourceText
        if ["undefined", "NaN", "Infinity", "[object Object]"].contains(src) { return error("\"\(src)\" is not valid JSON") }
        let token = String(decoding: [units[pos]], as: UTF16.self)
        var context: String
        if units.count <= 21 {
            context = "\"\(src)\""
        } else {
            let start = max(0, pos - 10), end = min(units.count, pos + 10)
            context = (start > 0 ? "...\"" : "\"") + String(decoding: units[start..<end], as: UTF16.self) + (end < units.count ? "\"..." : "\"")
        }
        return error("Unexpected token '\(token)', \(context) is not valid JSON")
    }

    mutating func skipWhitespace() {
        while pos < units.count, units[pos] == 32 || units[pos] == 9 || units[pos] == 10 || units[pos] == 13 { pos += 1 }
    }

    mutating func parseDocument() throws(JSThrow) -> JSValue {
        skipWhitespace()
        let v = try parseValue()
        skipWhitespace()
        if pos < units.count { throw error("Unexpected non-whitespace character after JSON at position \(pos)") }
        return v
    }

    mutating func parseValue() throws(JSThrow) -> JSValue {
        guard pos < units.count else { throw unexpected() }
        depth += 1
        defer { depth -= 1 }
        if depth > 5000 { throw realm.rangeError("Maximum call stack size exceeded") }
        switch units[pos] {
        case 123: return try parseObject()
        case 91: return try parseArray()
        case 34: return .string(JSString(units: try parseString()))
        case 116: return try literal("true", .true)
        case 102: return try literal("false", .false)
        case 110: return try literal("null", .null)
        case 45, 48...57: return try parseNumber()
        default: throw unexpected()
        }
    }

    mutating func literal(_ word: String, _ value: JSValue) throws(JSThrow) -> JSValue {
        for u in word.utf16 {
            guard pos < units.count else { throw unexpected() }
            guard units[pos] == u else { throw unexpected() }
            pos += 1
        }
        return value
    }

    mutating func parseNumber() throws(JSThrow) -> JSValue {
        let start = pos
        if units[pos] == 45 {
            pos += 1
            guard pos < units.count, units[pos] >= 48, units[pos] <= 57 else {
                if pos >= units.count { throw error("No number after minus sign in JSON at position \(pos)") }
                throw error("No number after minus sign in JSON at position \(pos)")
            }
        }
        if units[pos] == 48 {
            pos += 1
            if pos < units.count, units[pos] >= 48, units[pos] <= 57 { throw error("Unexpected number in JSON at position \(pos)") }
        } else {
            while pos < units.count, units[pos] >= 48, units[pos] <= 57 { pos += 1 }
        }
        if pos < units.count, units[pos] == 46 {
            pos += 1
            guard pos < units.count, units[pos] >= 48, units[pos] <= 57 else {
                if pos >= units.count { throw error("Unterminated fractional number in JSON at position \(pos)") }
                throw error("Unterminated fractional number in JSON at position \(pos)")
            }
            while pos < units.count, units[pos] >= 48, units[pos] <= 57 { pos += 1 }
        }
        if pos < units.count, units[pos] | 0x20 == 101 {
            pos += 1
            if pos < units.count, units[pos] == 43 || units[pos] == 45 { pos += 1 }
            guard pos < units.count, units[pos] >= 48, units[pos] <= 57 else {
                throw error("Exponent part is missing a number in JSON at position \(pos)")
            }
            while pos < units.count, units[pos] >= 48, units[pos] <= 57 { pos += 1 }
        }
        let text = String(decoding: units[start..<pos], as: UTF16.self)
        return .number(Double(text) ?? .nan)
    }

    mutating func parseString() throws(JSThrow) -> ContiguousArray<UInt16> {
        pos += 1
        var out = ContiguousArray<UInt16>()
        while true {
            guard pos < units.count else { throw error("Unterminated string in JSON at position \(pos)") }
            let c = units[pos]
            if c == 34 {
                pos += 1
                return out
            }
            if c < 0x20 { throw error("Bad control character in string literal in JSON at position \(pos)") }
            if c == 92 {
                pos += 1
                guard pos < units.count else { throw error("Unterminated string in JSON at position \(pos)") }
                switch units[pos] {
                case 34: out.append(34)
                case 92: out.append(92)
                case 47: out.append(47)
                case 98: out.append(8)
                case 102: out.append(12)
                case 110: out.append(10)
                case 114: out.append(13)
                case 116: out.append(9)
                case 117:
                    var v: UInt16 = 0
                    for k in 1...4 {
                        guard pos + k < units.count, let d = JSONTextParser.hex(units[pos + k]) else {
                            throw error("Bad Unicode escape in JSON at position \(pos + k)")
                        }
                        v = v * 16 + d
                    }
                    out.append(v)
                    pos += 4
                default: throw error("Bad escaped character in JSON at position \(pos)")
                }
                pos += 1
                continue
            }
            out.append(c)
            pos += 1
        }
    }

    static func hex(_ c: UInt16) -> UInt16? {
        switch c {
        case 48...57: c - 48
        case 97...102: c - 87
        case 65...70: c - 55
        default: nil
        }
    }

    mutating func parseArray() throws(JSThrow) -> JSValue {
        pos += 1
        var values = ContiguousArray<JSValue>()
        skipWhitespace()
        if pos < units.count, units[pos] == 93 {
            pos += 1
            return .object(realm.newArray([]))
        }
        while true {
            skipWhitespace()
            values.append(try parseValue())
            skipWhitespace()
            guard pos < units.count else { throw error("Expected ',' or ']' after array element in JSON at position \(pos)") }
            if units[pos] == 44 {
                pos += 1
                skipWhitespace()
                if pos < units.count, units[pos] == 93 { throw unexpected() }
                continue
            }
            if units[pos] == 93 {
                pos += 1
                break
            }
            throw error("Expected ',' or ']' after array element in JSON at position \(pos)")
        }
        let a = realm.newArray()
        a.elements = values
        return .object(a)
    }

    mutating func parseObject() throws(JSThrow) -> JSValue {
        pos += 1
        let o = realm.newObject()
        skipWhitespace()
        if pos < units.count, units[pos] == 125 {
            pos += 1
            return .object(o)
        }
        var first = true
        while true {
            skipWhitespace()
            guard pos < units.count, units[pos] == 34 else {
                if pos >= units.count && !first { throw unexpected() }
                throw error(first ? "Expected property name or '}' in JSON at position \(pos)" : "Expected double-quoted property name in JSON at position \(pos)")
            }
            first = false
            let key = try parseString()
            skipWhitespace()
            guard pos < units.count, units[pos] == 58 else {
                if pos >= units.count { throw unexpected() }
                throw error("Expected ':' after property name in JSON at position \(pos)")
            }
            pos += 1
            skipWhitespace()
            let v = try parseValue()
            o.defineOwn(.string(String(decoding: key, as: UTF16.self)), Property(value: v))
            skipWhitespace()
            guard pos < units.count else { throw error("Expected ',' or '}' after property value in JSON at position \(pos)") }
            if units[pos] == 44 {
                pos += 1
                continue
            }
            if units[pos] == 125 {
                pos += 1
                break
            }
            throw error("Expected ',' or '}' after property value in JSON at position \(pos)")
        }
        return .object(o)
    }
}

/// JSON.stringify: replacer function or allow-list, indentation, `toJSON`, and cycle detection.
struct JSONStringifier {
    let realm: Realm
    var replacerFunction: JSValue?
    var allowList: [PropertyKey]?
    var gap: ContiguousArray<UInt16> = []
    var stack: [JSObject] = []
    var stackKeys: [String] = []
    var prototypesHaveToJSON = true

    init(realm: Realm, replacer: JSValue, space: JSValue) throws(JSThrow) {
        self.realm = realm
        prototypesHaveToJSON = realm.findProperty(realm.objectPrototype, .string("toJSON")) != nil
            || realm.findProperty(realm.arrayPrototype, .string("toJSON")) != nil
        if case .object(let r) = replacer {
            if r.isCallable {
                replacerFunction = replacer
            } else if r.isArray {
                var keys: [PropertyKey] = []
                for i in 0..<(try realm.lengthOf(r)) {
                    let v = try realm.getAt(r, i)
                    var key: PropertyKey? = nil
                    switch v {
                    case .string(let s): key = .string(s.string)
                    case .number: key = .string(try realm.toString(v).string)
                    case .object(let o):
                        switch o.kind {
                        case .string, .number: key = .string(try realm.toString(v).string)
                        default: break
                        }
                    default: break
                    }
                    if let key, !keys.contains(key) { keys.append(key) }
                }
                allowList = keys
            }
        }
        var space = space
        if case .object(let o) = space {
            if case .number = o.kind { space = .number(try realm.toNumber(space)) } else if case .string = o.kind { space = .string(try realm.toString(space)) }
        }
        if case .number(let d) = space {
            let n = Int(max(0, min(10, d.isNaN ? 0 : d.rounded(.towardZero))))
            gap = ContiguousArray(repeating: 32, count: n)
        } else if case .string(let s) = space {
            gap = ContiguousArray(s.units.prefix(10))
        }
    }

    mutating func serialize(_ value: JSValue) throws(JSThrow) -> ContiguousArray<UInt16>? {
        let wrapper = realm.newObject()
        wrapper.defineOwn(.string(""), Property(value: value))
        var out = ContiguousArray<UInt16>()
        let ok = try serializeProperty(holder: wrapper, key: .string(""), value: value, indent: [], into: &out)
        return ok ? out : nil
    }

    /// Appends the serialisation of `value`; returns false when the value is not serialisable (undefined, functions).
    mutating func serializeProperty(holder: JSObject, key: PropertyKey, value initial: JSValue, indent: ContiguousArray<UInt16>,
                                    into out: inout ContiguousArray<UInt16>) throws(JSThrow) -> Bool {
        var value = initial
        if case .object(let o) = value, try mayHaveToJSON(o) {
            let toJSON = try realm.get(value, "toJSON")
            if case .object(let f) = toJSON, f.isCallable { value = try realm.call(toJSON, this: value, [key.jsValue]) }
        }
        if let replacerFunction {
            value = try realm.call(replacerFunction, this: .object(holder), [key.jsValue, value])
        }
        if case .object(let o) = value {
            switch o.kind {
            case .number: value = .number(try realm.toNumber(value))
            case .string: value = .string(try realm.toString(value))
            case .boolean(let b): value = .bool(b)
            default: break
            }
        }
        switch value {
        case .null: out.append(contentsOf: "null".utf16)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf16)
        case .string(let s): JSONStringifier.quote(s.units, into: &out)
        case .number(let d): out.append(contentsOf: (d.isFinite ? NumberFormatting.toString(d) : "null").utf16)
        case .undefined, .symbol: return false
        case .object(let o):
            if o.isCallable { return false }
            if stack.contains(where: { $0 === o }) { throw realm.typeError(circularMessage(o, key)) }
            stack.append(o)
            stackKeys.append(key.displayName)
            defer {
                stack.removeLast()
                stackKeys.removeLast()
            }
            if o.isArray { try serializeArray(o, indent: indent, into: &out) } else { try serializeObject(o, indent: indent, into: &out) }
        }
        return true
    }

    func circularMessage(_ o: JSObject, _ key: PropertyKey) -> String {
        guard let start = stack.firstIndex(where: { $0 === o }) else { return "Converting circular structure to JSON" }
        let startName = realm.constructorName(of: stack[start]) ?? "Object"
        var lines = ["Converting circular structure to JSON", "    --> starting at object with constructor '\(startName)'"]
        var i = start + 1
        while i < stack.count {
            let name = realm.constructorName(of: stack[i]) ?? "Object"
            let k = stackKeys[i]
            lines.append("    |     \(JSONStringifier.describeKey(k, parentIsArray: stack[i - 1].isArray)) -> object with constructor '\(name)'")
            i += 1
        }
        lines.append("    --- \(JSONStringifier.describeKey(key.displayName, parentIsArray: stack.last?.isArray ?? false)) closes the circle")
        return lines.joined(separator: "\n")
    }

    static func describeKey(_ k: String, parentIsArray: Bool) -> String {
        parentIsArray ? "index \(k)" : "property '\(k)'"
    }

    /// Whether `toJSON` could be found on `o` (skips the lookup for plain objects and arrays).
    func mayHaveToJSON(_ o: JSObject) throws(JSThrow) -> Bool {
        if o.proto === realm.objectPrototype || o.proto === realm.arrayPrototype {
            if prototypesHaveToJSON { return true }
            if o.keys.isEmpty { return false }
            return o.slot(of: .string("toJSON")) != nil
        }
        return true
    }

    mutating func serializeObject(_ o: JSObject, indent: ContiguousArray<UInt16>, into out: inout ContiguousArray<UInt16>) throws(JSThrow) {
        if allowList == nil, case .ordinary = o.kind, gap.isEmpty, !o.keys.contains(where: { $0.arrayIndex != nil }) {
            // Fast path: plain data properties in insertion order.
            out.append(123)
            var any = false
            var i = 0
            while i < o.keys.count {
                let p = o.values[i]
                guard case .string(let name) = o.keys[i], p.flags.contains(.enumerable) else {
                    i += 1
                    continue
                }
                let v = p.isAccessor ? try realm.get(o, o.keys[i], receiver: .object(o)) : p.value
                let mark = out.count
                if any { out.append(44) }
                JSONStringifier.quote(name, into: &out)
                out.append(58)
                if try serializeProperty(holder: o, key: o.keys[i], value: v, indent: indent, into: &out) {
                    any = true
                } else {
                    out.removeLast(out.count - mark)
                }
                i += 1
            }
            out.append(125)
            return
        }
        let keys = allowList ?? realm.enumerableOwn(o)
        let inner = indent + gap
        out.append(123)
        var any = false
        for k in keys {
            let v = try realm.get(o, k, receiver: .object(o))
            var piece = ContiguousArray<UInt16>()
            if !gap.isEmpty {
                piece.append(10)
                piece.append(contentsOf: inner)
            }
            JSONStringifier.quote(JSString(k.displayName).units, into: &piece)
            piece.append(58)
            if !gap.isEmpty { piece.append(32) }
            if try serializeProperty(holder: o, key: k, value: v, indent: inner, into: &piece) {
                if any { out.append(44) }
                out.append(contentsOf: piece)
                any = true
            }
        }
        if any && !gap.isEmpty {
            out.append(10)
            out.append(contentsOf: indent)
        }
        out.append(125)
    }

    mutating func serializeArray(_ o: JSObject, indent: ContiguousArray<UInt16>, into out: inout ContiguousArray<UInt16>) throws(JSThrow) {
        let n = try realm.lengthOf(o)
        let inner = indent + gap
        out.append(91)
        for i in 0..<n {
            if i > 0 { out.append(44) }
            if !gap.isEmpty {
                out.append(10)
                out.append(contentsOf: inner)
            }
            let v = try realm.getAt(o, i)
            if !(try serializeProperty(holder: o, key: .string(String(i)), value: v, indent: inner, into: &out)) {
                out.append(contentsOf: "null".utf16)
            }
        }
        if n > 0 && !gap.isEmpty {
            out.append(10)
            out.append(contentsOf: indent)
        }
        out.append(93)
    }

    static let hexDigits: [UInt16] = Array("0123456789abcdef".utf16)

    static func quote(_ s: String, into out: inout ContiguousArray<UInt16>) {
        var simple = true
        for b in s.utf8 where b < 0x20 || b == 34 || b == 92 || b >= 0x80 {
            simple = false
            break
        }
        if simple {
            out.append(34)
            for b in s.utf8 { out.append(UInt16(b)) }
            out.append(34)
        } else {
            quote(ContiguousArray(s.utf16), into: &out)
        }
    }

    /// QuoteJSONString, escaping lone surrogates as `\udxxx`.
    static func quote(_ u: ContiguousArray<UInt16>, into out: inout ContiguousArray<UInt16>) {
        out.append(34)
        var i = 0
        while i < u.count {
            let c = u[i]
            switch c {
            case 34: out.append(92); out.append(34)
            case 92: out.append(92); out.append(92)
            case 8: out.append(92); out.append(98)
            case 12: out.append(92); out.append(102)
            case 10: out.append(92); out.append(110)
            case 13: out.append(92); out.append(114)
            case 9: out.append(92); out.append(116)
            case 0..<32: appendEscape(c, &out)
            case 0xD800..<0xDC00:
                if i + 1 < u.count, u[i + 1] >= 0xDC00, u[i + 1] < 0xE000 {
                    out.append(c)
                    out.append(u[i + 1])
                    i += 1
                } else {
                    appendEscape(c, &out)
                }
            case 0xDC00..<0xE000: appendEscape(c, &out)
            default: out.append(c)
            }
            i += 1
        }
        out.append(34)
    }

    static func appendEscape(_ c: UInt16, _ out: inout ContiguousArray<UInt16>) {
        out.append(92)
        out.append(117)
        out.append(hexDigits[Int(c >> 12) & 15])
        out.append(hexDigits[Int(c >> 8) & 15])
        out.append(hexDigits[Int(c >> 4) & 15])
        out.append(hexDigits[Int(c) & 15])
    }
}
