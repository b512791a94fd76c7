/// A JavaScript value. Every payload is a class or a trivial scalar, so copies are cheap.
package enum JSValue {
    case undefined
    case null
    case bool(Bool)
    case number(Double)
    case string(JSString)
    case symbol(JSSymbol)
    case object(JSObject)

    package static var `true`: JSValue { .bool(true) }
    package static var `false`: JSValue { .bool(false) }

    package init(_ string: String) { self = .string(JSString(string)) }
    package init(_ number: Double) { self = .number(number) }
    package init(_ number: Int) { self = .number(Double(number)) }

    package var isUndefined: Bool {
        if case .undefined = self { return true }
        return false
    }

    package var isNullish: Bool {
        switch self {
        case .undefined, .null: true
        default: false
        }
    }

    package var asObject: JSObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    package var asNumber: Double? {
        if case .number(let d) = self { return d }
        return nil
    }

    package var asString: String? {
        if case .string(let s) = self { return s.string }
        return nil
    }

    /// True for the internal marker of an uninitialised `let`/`const` or an array hole.
    var isHole: Bool {
        if case .symbol(let s) = self { return s === JSSymbol.hole }
        return false
    }

    static var hole: JSValue { .symbol(JSSymbol.hole) }

    /// The `typeof` result.
    package var typeOf: String {
        switch self {
        case .undefined: "undefined"
        case .null: "object"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .symbol: "symbol"
        case .object(let o): o.isCallable ? "function" : "object"
        }
    }

    /// ToBoolean.
    package var truthy: Bool {
        switch self {
        case .undefined, .null: false
        case .bool(let b): b
        case .number(let d): !(d == 0 || d.isNaN)
        case .string(let s): s.length > 0
        case .symbol: true
        case .object: true
        }
    }
}

/// A `Symbol` value: identity is the symbol.
package final class JSSymbol: Hashable, Sendable {
    package let description: String?

    package init(description: String?) {
        self.description = description
    }

    package static func == (lhs: JSSymbol, rhs: JSSymbol) -> Bool { lhs === rhs }
    package func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }

    static let hole = JSSymbol(description: "<hole>")
    package static let iterator = JSSymbol(description: "Symbol.iterator")
    package static let hasInstance = JSSymbol(description: "Symbol.hasInstance")
    package static let toPrimitive = JSSymbol(description: "Symbol.toPrimitive")
    package static let toStringTag = JSSymbol(description: "Symbol.toStringTag")
    package static let asyncIterator = JSSymbol(description: "Symbol.asyncIterator")
    package static let species = JSSymbol(description: "Symbol.species")
    package static let isConcatSpreadable = JSSymbol(description: "Symbol.isConcatSpreadable")
    package static let unscopables = JSSymbol(description: "Symbol.unscopables")
}

/// A property key: a string or a symbol.
package enum PropertyKey: Hashable {
    case string(String)
    case symbol(JSSymbol)

    package init(_ name: String) { self = .string(name) }

    /// The array index this key denotes, if it is a canonical index string.
    var arrayIndex: Int? {
        guard case .string(let s) = self else { return nil }
        return PropertyKey.index(of: s)
    }

    static func index(of s: String) -> Int? {
        let u = s.utf8
        guard let first = u.first, first >= 48, first <= 57, u.count <= 10 else { return nil }
        if first == 48 && u.count > 1 { return nil }
        var v = 0
        for c in u {
            guard c >= 48, c <= 57 else { return nil }
            v = v * 10 + Int(c - 48)
        }
        return v < 4_294_967_295 ? v : nil
    }

    var displayName: String {
        switch self {
        case .string(let s): s
        case .symbol(let sym): "Symbol(\(sym.description ?? ""))"
        }
    }

    var jsValue: JSValue {
        switch self {
        case .string(let s): .string(JSString(s))
        case .symbol(let sym): .symbol(sym)
        }
    }
}
