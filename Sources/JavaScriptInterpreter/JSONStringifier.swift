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
            if stack.count > 10_000 { throw realm.rangeError("Maximum call stack size exceeded") }
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
                guard case .string(let name) = o.keys[i], p.flags.contains(.enumerable), !name.hasPrefix(Compiler.privatePrefix) else {
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
