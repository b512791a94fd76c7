import JavaScriptParser
import Foundation

extension Realm {
    func setUpGlobalFunctions() {
        let g = global!
        g.set("NaN", .number(.nan), flags: [])
        g.set("Infinity", .number(.infinity), flags: [])
        g.set("undefined", .undefined, flags: [])
        let parseIntFn = defineMethod(g, "parseInt", length: 2) { c throws(JSThrow) in
            let s = try c.realm.toString(c[0]).units
            var radix = Int(try c.realm.toInt32(c[1]))
            var i = 0
            while i < s.count && NumberFormatting.isJSWhitespace(s[i]) { i += 1 }
            var sign = 1.0
            if i < s.count && (s[i] == 43 || s[i] == 45) {
                if s[i] == 45 { sign = -1 }
                i += 1
            }
            var stripPrefix = true
            if radix != 0 {
                if radix < 2 || radix > 36 { return .number(.nan) }
                if radix != 16 { stripPrefix = false }
            } else {
                radix = 10
            }
            if stripPrefix && i + 1 < s.count && s[i] == 48 && (s[i + 1] | 0x20) == 120 {
                i += 2
                radix = 16
            }
            let start = i
            var digits: [Int] = []
            while i < s.count, let d = digitValue36(s[i]), d < radix {
                digits.append(d)
                i += 1
            }
            if i == start { return .number(.nan) }
            if radix == 10 {
                let text = JSString.swiftString(s[start..<i])
                return .number(sign * (Double(text) ?? .nan))
            }
            var v = 0.0
            for d in digits { v = v * Double(radix) + Double(d) }
            return .number(sign * v)
        }
        let parseFloatFn = defineMethod(g, "parseFloat", length: 1) { c throws(JSThrow) in
            let s = try c.realm.toString(c[0]).units
            var i = 0
            while i < s.count && NumberFormatting.isJSWhitespace(s[i]) { i += 1 }
            let rest = JSString.swiftString(s[i...])
            for (prefix, value) in [("Infinity", Double.infinity), ("+Infinity", .infinity), ("-Infinity", -.infinity)] where rest.hasPrefix(prefix) {
                return .number(value)
            }
            // Longest prefix that is a StrDecimalLiteral.
            let chars = Array(rest.utf8)
            var end = 0
            var j = 0
            if j < chars.count && (chars[j] == 43 || chars[j] == 45) { j += 1 }
            var sawDigit = false
            while j < chars.count && chars[j] >= 48 && chars[j] <= 57 { j += 1; sawDigit = true; end = j }
            if j < chars.count && chars[j] == 46 {
                j += 1
                while j < chars.count && chars[j] >= 48 && chars[j] <= 57 { j += 1; sawDigit = true; end = j }
                if sawDigit && end < j { end = j }
            }
            if !sawDigit { return .number(.nan) }
            if j < chars.count && (chars[j] | 0x20) == 101 {
                var k = j + 1
                if k < chars.count && (chars[k] == 43 || chars[k] == 45) { k += 1 }
                let expStart = k
                while k < chars.count && chars[k] >= 48 && chars[k] <= 57 { k += 1 }
                if k > expStart { end = k }
            }
            var text = String(decoding: chars[0..<end], as: UTF8.self)
            if text.hasSuffix(".") { text.removeLast() }
            if text.hasPrefix(".") || text.hasPrefix("-.") || text.hasPrefix("+.") { text = text.replacingFirst(".", with: "0.") }
            return .number(Double(text) ?? .nan)
        }
        defineMethod(g, "isNaN", length: 1) { c throws(JSThrow) in .bool(try c.realm.toNumber(c[0]).isNaN) }
        defineMethod(g, "isFinite", length: 1) { c throws(JSThrow) in .bool(try c.realm.toNumber(c[0]).isFinite) }
        if let number = g.getOwn(.string("Number"))?.value.asObject {
            number.set("parseInt", .object(parseIntFn))
            number.set("parseFloat", .object(parseFloatFn))
        }
        let uriReserved = Set(";/?:@&=+$,#".utf16)
        let uriUnescaped = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()".utf16)
        defineMethod(g, "encodeURIComponent", length: 1) { c throws(JSThrow) in
            try c.realm.encodeURI(try c.realm.toString(c[0]), unescaped: uriUnescaped)
        }
        defineMethod(g, "encodeURI", length: 1) { c throws(JSThrow) in
            try c.realm.encodeURI(try c.realm.toString(c[0]), unescaped: uriUnescaped.union(uriReserved))
        }
        defineMethod(g, "decodeURIComponent", length: 1) { c throws(JSThrow) in
            try c.realm.decodeURI(try c.realm.toString(c[0]), reserved: [])
        }
        defineMethod(g, "decodeURI", length: 1) { c throws(JSThrow) in
            try c.realm.decodeURI(try c.realm.toString(c[0]), reserved: uriReserved)
        }
        defineMethod(g, "escape", length: 1) { c throws(JSThrow) in
            let ok = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@*_+-./".utf16)
            var out = ContiguousArray<UInt16>()
            let hex = Array("0123456789ABCDEF".utf16)
            for u in try c.realm.toString(c[0]).units {
                if ok.contains(u) { out.append(u) } else if u < 256 {
                    out.append(37); out.append(hex[Int(u >> 4)]); out.append(hex[Int(u & 15)])
                } else {
                    out.append(37); out.append(117)
                    for shift in [12, 8, 4, 0] { out.append(hex[Int(u >> UInt16(shift)) & 15]) }
                }
            }
            return .string(JSString(units: out))
        }
        // Indirect (global) eval: the code runs in the global scope, its `var`s and functions become globals,
        // and it can't see the caller's local variables. Its `let`/`const`/`class` stay its own, so the same
        // code can be evaluated twice; when it also declares functions they are global lexicals instead, as
        // block-scoping them would hide the functions.
        defineMethod(g, "eval", length: 1) { c throws(JSThrow) in
            guard case .string(let text) = c[0] else { return c[0] }
            var program: Program
            do throws(SyntaxError) {
                program = try Parser.parse(text.string, strict: false)
            } catch {
                throw c.realm.syntaxError(error.message)
            }
            let declaresLexicals = !Compiler.lexicalDeclarations(program.body, includeFunctions: false).isEmpty
            if declaresLexicals && Compiler.functionDeclarations(program.body).isEmpty && !program.isStrict {
                program.body = [.block(program.body)]
            }
            return try c.realm.runNested(program, fileName: "eval")
        }
        // Annex B: %XX and %uXXXX become code units; anything else stays as it is.
        defineMethod(g, "unescape", length: 1) { c throws(JSThrow) in
            let units = Array(try c.realm.toString(c[0]).units)
            func hexValue(_ unit: UInt16) -> UInt16? {
                switch unit {
                case 48...57: unit - 48
                case 65...70: unit - 55
                case 97...102: unit - 87
                default: nil
                }
            }
            func number(_ start: Int, _ count: Int) -> UInt16? {
                guard start + count <= units.count else { return nil }
                var value: UInt16 = 0
                for unit in units[start..<start + count] {
                    guard let digit = hexValue(unit) else { return nil }
                    value = value << 4 | digit
                }
                return value
            }
            var out = ContiguousArray<UInt16>()
            var i = 0
            while i < units.count {
                if units[i] == 37 {
                    if i + 1 < units.count, units[i + 1] == 117, let value = number(i + 2, 4) {
                        out.append(value)
                        i += 6
                        continue
                    }
                    if let value = number(i + 1, 2) {
                        out.append(value)
                        i += 3
                        continue
                    }
                }
                out.append(units[i])
                i += 1
            }
            return .string(JSString(units: out))
        }
    }

    func encodeURI(_ s: JSString, unescaped: Set<UInt16>) throws(JSThrow) -> JSValue {
        let u = s.units
        var out = ContiguousArray<UInt16>()
        let hex = Array("0123456789ABCDEF".utf16)
        var i = 0
        while i < u.count {
            let c = u[i]
            if unescaped.contains(c) {
                out.append(c)
                i += 1
                continue
            }
            var cp: UInt32
            if c >= 0xDC00 && c < 0xE000 { throw throwError("URIError", "URI malformed") }
            if c >= 0xD800 && c < 0xDC00 {
                guard i + 1 < u.count, u[i + 1] >= 0xDC00, u[i + 1] < 0xE000 else { throw throwError("URIError", "URI malformed") }
                cp = 0x10000 + ((UInt32(c) - 0xD800) << 10) + (UInt32(u[i + 1]) - 0xDC00)
                i += 1
            } else {
                cp = UInt32(c)
            }
            for byte in String(Character(Unicode.Scalar(cp) ?? "?")).utf8 {
                out.append(37)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 15)])
            }
            i += 1
        }
        return .string(JSString(units: out))
    }

    func decodeURI(_ s: JSString, reserved: Set<UInt16>) throws(JSThrow) -> JSValue {
        let u = s.units
        var out = ContiguousArray<UInt16>()
        var i = 0
        func hexByte(_ at: Int) throws(JSThrow) -> UInt8 {
            guard at + 2 < u.count, u[at] == 37, let h = JSONTextParser.hex(u[at + 1]), let l = JSONTextParser.hex(u[at + 2]) else {
                throw throwError("URIError", "URI malformed")
            }
            return UInt8(h * 16 + l)
        }
        while i < u.count {
            let c = u[i]
            if c != 37 {
                out.append(c)
                i += 1
                continue
            }
            let b = try hexByte(i)
            if b < 0x80 {
                if reserved.contains(UInt16(b)) { out.append(contentsOf: u[i..<(i + 3)]) } else { out.append(UInt16(b)) }
                i += 3
                continue
            }
            let n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0
            if n == 0 { throw throwError("URIError", "URI malformed") }
            var bytes = [b]
            for k in 1..<n {
                let nb = try hexByte(i + 3 * k)
                guard nb & 0xC0 == 0x80 else { throw throwError("URIError", "URI malformed") }
                bytes.append(nb)
            }
            guard let str = String(validating: bytes, as: UTF8.self) else { throw throwError("URIError", "URI malformed") }
            out.append(contentsOf: str.utf16)
            i += 3 * n
        }
        return .string(JSString(units: out))
    }
}

/// Digit value in bases up to 36.
func digitValue36(_ c: UInt16) -> Int? {
    switch c {
    case 48...57: Int(c - 48)
    case 97...122: Int(c - 87)
    case 65...90: Int(c - 55)
    default: nil
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let r = range(of: target) else { return self }
        return replacingCharacters(in: r, with: replacement)
    }
}
