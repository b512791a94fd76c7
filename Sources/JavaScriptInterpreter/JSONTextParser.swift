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
        // Fast path: short integers need no decimal conversion.
        if pos - start <= 15 {
            var negative = false
            var value = 0
            var plain = true
            for (k, u) in units[start..<pos].enumerated() {
                if k == 0 && u == 45 {
                    negative = true
                } else if u >= 48 && u <= 57 {
                    value = value * 10 + Int(u - 48)
                } else {
                    plain = false
                    break
                }
            }
            if plain { return .number(negative ? (value == 0 ? -0.0 : -Double(value)) : Double(value)) }
        }
        let text = JSString.swiftString(units[start..<pos])
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
        var keys = ContiguousArray<PropertyKey>()
        var values = ContiguousArray<Property>()
        keys.reserveCapacity(8)
        values.reserveCapacity(8)
        var first = true
        var spilled = false
        while true {
            skipWhitespace()
            guard pos < units.count, units[pos] == 34 else {
                if pos >= units.count && !first { throw unexpected() }
                throw error(first ? "Expected property name or '}' in JSON at position \(pos)" : "Expected double-quoted property name in JSON at position \(pos)")
            }
            first = false
            let key = PropertyKey.string(JSString.swiftString(try parseString()))
            skipWhitespace()
            guard pos < units.count, units[pos] == 58 else {
                if pos >= units.count { throw unexpected() }
                throw error("Expected ':' after property name in JSON at position \(pos)")
            }
            pos += 1
            skipWhitespace()
            let v = try parseValue()
            if !spilled && keys.count < 16, let existing = keys.firstIndex(of: key) {
                values[existing] = Property(value: v)
            } else if spilled || keys.count >= 16 {
                // Large objects go through the indexed path, which handles duplicates.
                if !spilled {
                    spilled = true
                    o.keys = keys
                    o.values = values
                    keys = []
                    values = []
                    var d: [PropertyKey: Int] = [:]
                    for (i, k) in o.keys.enumerated() { d[k] = i }
                    o.index = d
                }
                o.defineOwn(key, Property(value: v))
            } else {
                keys.append(key)
                values.append(Property(value: v))
            }
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
        if !spilled {
            // Integer-like keys must still be stored so that ownKeys orders them; defineOwn handles arrays only.
            o.keys = keys
            o.values = values
            if keys.count > 8 {
                var d: [PropertyKey: Int] = [:]
                for (i, k) in keys.enumerated() { d[k] = i }
                o.index = d
            }
        }
        return .object(o)
    }
}
