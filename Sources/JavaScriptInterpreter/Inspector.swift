/// Formats values the way Node's `util.inspect` does for `console.log` (the common cases).
struct Inspector {
    let realm: Realm
    var seen: [JSObject] = []
    var circular: [ObjectIdentifier: Int] = [:]
    var indentationLvl = 0
    var currentDepth = 0
    let maxDepth = 2
    let breakLength = 80

    init(realm: Realm) {
        self.realm = realm
    }

    /// `console.log` semantics: strings print raw at top level, `%s`/`%d`/`%o`… substitutions in the first argument.
    static func formatLog(_ realm: Realm, _ args: [JSValue]) -> String {
        var parts: [String] = []
        var rest = args[...]
        if case .string(let f)? = args.first, args.count > 1, f.string.contains("%") {
            rest = args.dropFirst()
            var out = ""
            let chars = Array(f.string)
            var i = 0
            while i < chars.count {
                if chars[i] == "%" && i + 1 < chars.count {
                    let k = chars[i + 1]
                    if k == "%" {
                        out.append("%")
                        i += 2
                        continue
                    }
                    if "sdifjoOc".contains(k) {
                        if let v = rest.first {
                            rest = rest.dropFirst()
                            switch k {
                            case "s":
                                if case .string(let s) = v { out += s.string } else if case .object = v { var ins = Inspector(realm: realm); out += ins.inspect(v, depth: 0) } else { out += Inspector.primitive(v) }
                            case "d", "i":
                                let d = (try? realm.toNumber(v)) ?? .nan
                                out += NumberFormatting.toString(k == "i" ? (d.isFinite ? d.rounded(.towardZero) : d) : d)
                            case "f": out += NumberFormatting.toString((try? realm.toNumber(v)) ?? .nan)
                            case "j":
                                var s = try? JSONStringifier(realm: realm, replacer: .undefined, space: .undefined)
                                out += (try? s?.serialize(v)).flatMap { $0.map { String(decoding: $0, as: UTF16.self) } } ?? "undefined"
                            case "c": break
                            default:
                                var ins = Inspector(realm: realm)
                                out += ins.inspect(v, depth: 0)
                            }
                            i += 2
                            continue
                        }
                    }
                }
                out.append(chars[i])
                i += 1
            }
            parts.append(out)
        }
        for v in rest {
            if case .string(let s) = v {
                parts.append(s.string)
            } else {
                var ins = Inspector(realm: realm)
                parts.append(ins.inspect(v, depth: 0))
            }
        }
        return parts.joined(separator: " ")
    }

    static func primitive(_ v: JSValue) -> String {
        switch v {
        case .undefined: return "undefined"
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let d): return d == 0 && d.sign == .minus ? "-0" : NumberFormatting.toString(d)
        case .string(let s): return quote(s.string)
        case .symbol(let s): return "Symbol(\(s.description ?? ""))"
        case .object: return "[object]"
        }
    }

    /// Single quotes unless the string contains them (then double quotes, then backticks).
    static func quote(_ s: String) -> String {
        var q: Character = "'"
        if s.contains("'") {
            if !s.contains("\"") { q = "\"" } else if !s.contains("`") && !s.contains("${") { q = "`" }
        }
        var out = String(q)
        for ch in s.unicodeScalars {
            switch ch {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{8}": out += "\\b"
            case "\u{c}": out += "\\f"
            case "\u{b}": out += "\\v"
            case "\\": out += "\\\\"
            default:
                if Character(ch) == q {
                    out += "\\" + String(q)
                } else if ch.value < 0x20 || ch.value == 0x7F {
                    let hex = String(ch.value, radix: 16, uppercase: true)
                    out += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(ch)
                }
            }
        }
        out.append(q)
        return out
    }

    static func isIdentifier(_ s: String) -> Bool {
        guard let f = s.unicodeScalars.first, f == "_" || ("a"..."z").contains(f) || ("A"..."Z").contains(f) else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    func keyText(_ k: PropertyKey) -> String {
        switch k {
        case .string(let s): return Inspector.isIdentifier(s) ? s : Inspector.quote(s)
        case .symbol(let sym): return "[Symbol(\(sym.description ?? ""))]"
        }
    }

    mutating func inspect(_ v: JSValue, depth: Int) -> String {
        guard case .object(let o) = v else { return Inspector.primitive(v) }
        if seen.contains(where: { $0 === o }) {
            let id = ObjectIdentifier(o)
            let n = circular[id] ?? (circular.count + 1)
            circular[id] = n
            return "[Circular *\(n)]"
        }
        let result = formatObject(o, depth: depth)
        if let n = circular[ObjectIdentifier(o)] { return "<ref *\(n)> " + result }
        return result
    }

    func functionBase(_ o: JSObject) -> String {
        let name = o.getOwn(.string("name"))?.value.asString ?? ""
        if case .script(let code, _) = o.functionData?.body, code.kind == .classConstructor || code.kind == .derivedConstructor {
            var s = "[class \(name.isEmpty ? "(anonymous)" : name)"
            if code.kind == .derivedConstructor, let p = o.proto, let pn = p.getOwn(.string("name"))?.value.asString { s += " extends \(pn)" }
            return s + "]"
        }
        return name.isEmpty ? "[Function (anonymous)]" : "[Function: \(name)]"
    }

    mutating func formatObject(_ o: JSObject, depth: Int) -> String {
        var keys = o.ownKeys().filter { k in
            guard let p = o.getOwn(k) else { return false }
            return p.flags.contains(.enumerable)
        }
        var braces = ("{", "}")
        var base = ""
        var output: [String] = []
        var isArrayLike = false
        let ctorName = realm.constructorName(of: o)
        var prefix = ""
        switch o.kind {
        case .array:
            isArrayLike = true
            keys = keys.filter { $0.arrayIndex == nil && $0 != .string("length") }
            braces = ("[", "]")
            if ctorName != "Array" { prefix = "\(ctorName ?? "Array")(\(o.elements.count)) " }
        case .function:
            base = functionBase(o)
            if keys.isEmpty { return base }
        case .regexp(let program):
            base = RegexProgram.display(program)
            keys = keys.filter { $0 != .string("lastIndex") }
            if keys.isEmpty { return base }
        case .error:
            var stack = (try? realm.get(.object(o), "stack"))?.asString
            if stack == nil {
                stack = (try? realm.toString(realm.call(realm.get(.object(o), "toString"), this: .object(o), [])).string) ?? "Error"
            }
            base = stack ?? "Error"
            keys = keys.filter { $0 != .string("stack") && $0 != .string("message") }
            if keys.isEmpty { return base }
        case .map(let t), .set(let t):
            var isMap = false
            if case .map = o.kind { isMap = true }
            prefix = "\(ctorName ?? (isMap ? "Map" : "Set"))(\(t.count)) "
            if depth > maxDepth { return "[\(isMap ? "Map" : "Set")]" }
            seen.append(o)
            indentationLvl += 2
            for i in t.keys.indices {
                guard let k = t.keys[i] else { continue }
                if isMap { output.append("\(inspect(k, depth: depth + 1)) => \(inspect(t.values[i], depth: depth + 1))") } else { output.append(inspect(k, depth: depth + 1)) }
            }
            indentationLvl -= 2
            seen.removeLast()
        case .weakMap:
            return "\(ctorName ?? "WeakMap") { <items unknown> }"
        case .boolean(let b): base = "[Boolean: \(b)]"
        case .number(let d): base = "[Number: \(Inspector.primitive(.number(d)))]"
        case .string(let s):
            base = "[String: \(Inspector.quote(s.string))]"
            keys = keys.filter { $0.arrayIndex == nil }
        case .symbol(let s): base = "[Symbol: Symbol(\(s.description ?? ""))]"
        case .date(let time):
            base = time.isNaN ? "Invalid Date" : Realm.isoString(time)
            if keys.isEmpty { return base }
        case .arguments:
            prefix = "[Arguments] "
        case .iterator:
            return "Object [Array Iterator] {}"
        default:
            if o.proto == nil {
                prefix = "[Object: null prototype] "
            } else if let ctorName, ctorName != "Object" {
                prefix = "\(ctorName) "
            } else if ctorName == nil {
                prefix = ""
            }
            if case .string(let tag)? = try? realm.get(.object(o), .symbol(JSSymbol.toStringTag)), tag.length > 0, tag.string != ctorName {
                prefix = (prefix.isEmpty ? "Object " : prefix) + "[\(tag.string)] "
            }
        }
        if depth > maxDepth {
            if keys.isEmpty && (!o.isArray || o.elements.isEmpty) { return isArrayLike ? "[]" : (prefix.isEmpty ? "{}" : prefix + "{}") }
            if isArrayLike { return "[Array]" }
            return "[\(ctorName ?? "Object")]"
        }
        seen.append(o)
        currentDepth = depth
        indentationLvl += 2
        if case .array = o.kind {
            var holes = 0
            let limit = min(o.elements.count, 100)
            func flushHoles(_ out: inout [String]) {
                if holes > 0 {
                    out.append("<\(holes) empty item\(holes > 1 ? "s" : "")>")
                    holes = 0
                }
            }
            for i in 0..<limit {
                let e = o.elements[i]
                if e.isHole {
                    if let p = o.getOwn(.string(String(i))) {
                        flushHoles(&output)
                        output.append(formatProperty(o, .string(String(i)), p, depth: depth, arrayIndex: true))
                    } else {
                        holes += 1
                    }
                    continue
                }
                flushHoles(&output)
                output.append(inspect(e, depth: depth + 1))
            }
            flushHoles(&output)
            if o.elements.count > 100 { output.append("... \(o.elements.count - 100) more item\(o.elements.count - 100 > 1 ? "s" : "")") }
        }
        for k in keys {
            guard let p = o.getOwn(k) else { continue }
            output.append(formatProperty(o, k, p, depth: depth, arrayIndex: false))
        }
        indentationLvl -= 2
        seen.removeLast()
        var b = base
        if !prefix.isEmpty && b.isEmpty {
            b = String(prefix.dropLast())
        } else if !prefix.isEmpty {
            b = prefix + b
        }
        if output.isEmpty {
            if !base.isEmpty && prefix.isEmpty { return base }
            return (b.isEmpty ? "" : b + " ") + braces.0 + braces.1
        }
        if base.isEmpty && !prefix.isEmpty { b = String(prefix.dropLast()) }
        return reduceToSingleString(output, base: b, braces: braces, isArray: o.isArray, value: o, depth: depth)
    }

    mutating func formatProperty(_ o: JSObject, _ k: PropertyKey, _ p: Property, depth: Int, arrayIndex: Bool) -> String {
        let value: String
        if p.isAccessor {
            value = p.getter != nil ? (p.setter != nil ? "[Getter/Setter]" : "[Getter]") : (p.setter != nil ? "[Setter]" : "undefined")
        } else {
            value = inspect(p.value, depth: depth + 1)
        }
        return arrayIndex ? value : "\(keyText(k)): \(value)"
    }

    mutating func reduceToSingleString(_ output: [String], base: String, braces: (String, String), isArray: Bool, value: JSObject, depth: Int) -> String {
        var output = output
        let entries = output.count
        if isArray && entries > 6 { output = groupArrayElements(output, value: value) }
        if currentDepth - depth < 3 && entries == output.count {
            let start = output.count + indentationLvl + braces.0.count + base.count + 10
            if isBelowBreakLength(output, start: start, base: base) {
                let joined = output.joined(separator: ", ")
                if !joined.contains("\n") {
                    return (base.isEmpty ? "" : base + " ") + braces.0 + " " + joined + " " + braces.1
                }
            }
        }
        let indentation = "\n" + String(repeating: " ", count: indentationLvl)
        return (base.isEmpty ? "" : base + " ") + braces.0 + indentation + "  " + output.joined(separator: "," + indentation + "  ") + indentation + braces.1
    }

    func isBelowBreakLength(_ output: [String], start: Int, base: String) -> Bool {
        var total = output.count + start
        if total + output.count > breakLength { return false }
        for s in output {
            total += s.count
            if total > breakLength { return false }
        }
        return base.isEmpty || !base.contains("\n")
    }

    func groupArrayElements(_ output: [String], value: JSObject) -> [String] {
        var totalLength = 0
        var maxLength = 0
        var outputLength = output.count
        if value.elements.count > 100 && output.count > 100 { outputLength -= 1 }
        let separatorSpace = 2
        var dataLen: [Int] = []
        for i in 0..<outputLength {
            let len = output[i].count
            dataLen.append(len)
            totalLength += len + separatorSpace
            if maxLength < len { maxLength = len }
        }
        let actualMax = maxLength + separatorSpace
        if actualMax * 3 + indentationLvl < breakLength && (Double(totalLength) / Double(actualMax) > 5 || maxLength <= 6) {
            let averageBias = (Double(actualMax) - Double(totalLength) / Double(output.count)).squareRoot()
            let biasedMax = max(Double(actualMax) - 3 - averageBias, 1)
            let columns = min(
                Int((2.5 * biasedMax * Double(outputLength)).squareRoot() / biasedMax + 0.5),
                (breakLength - indentationLvl) / actualMax,
                3 * 4,
                15
            )
            if columns <= 1 { return output }
            var tmp: [String] = []
            var maxLineLength: [Int] = []
            for i in 0..<columns {
                var lineLength = 0
                var j = i
                while j < output.count {
                    if j < dataLen.count && dataLen[j] > lineLength { lineLength = dataLen[j] }
                    j += columns
                }
                maxLineLength.append(lineLength + separatorSpace)
            }
            var padStart = true
            for e in value.elements.prefix(output.count) {
                if case .number = e {} else {
                    padStart = false
                    break
                }
            }
            var i = 0
            while i < outputLength {
                let maxIndex = min(i + columns, outputLength)
                var str = ""
                var j = i
                while j < maxIndex - 1 {
                    let cell = output[j] + ", "
                    let padding = maxLineLength[j - i]
                    str += padStart ? String(repeating: " ", count: max(0, padding - cell.count)) + cell : cell + String(repeating: " ", count: max(0, padding - cell.count))
                    j += 1
                }
                if padStart {
                    let padding = maxLineLength[j - i] - separatorSpace
                    str += String(repeating: " ", count: max(0, padding - output[j].count)) + output[j]
                } else {
                    str += output[j]
                }
                tmp.append(str)
                i += columns
            }
            if outputLength < output.count { tmp.append(output[outputLength]) }
            return tmp
        }
        return output
    }
}

extension Realm {
    /// `util.inspect`-style rendering of a value (what `console.log` prints for objects).
    package func inspect(_ value: JSValue) -> String {
        var ins = Inspector(realm: self)
        return ins.inspect(value, depth: 0)
    }

    func setUpConsole() {
        let console = newObject()
        global.set("console", .object(console))
        for (name, level) in [("log", "log"), ("info", "info"), ("warn", "warn"), ("error", "error"), ("debug", "debug"), ("trace", "error")] {
            defineMethod(console, name, length: 0) { c throws(JSThrow) in
                c.realm.console(level, Inspector.formatLog(c.realm, c.arguments))
                return .undefined
            }
        }
    }
}
