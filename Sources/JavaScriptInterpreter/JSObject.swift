/// Attribute flags of a property.
struct PropertyFlags: OptionSet {
    let rawValue: UInt8
    static let writable = PropertyFlags(rawValue: 1)
    static let enumerable = PropertyFlags(rawValue: 2)
    static let configurable = PropertyFlags(rawValue: 4)
    static let accessor = PropertyFlags(rawValue: 8)
    static let all: PropertyFlags = [.writable, .enumerable, .configurable]
    static let hidden: PropertyFlags = [.writable, .configurable]
}

/// One own property: a data value or a getter/setter pair, with attributes.
struct Property {
    var value: JSValue
    var getter: JSObject?
    var setter: JSObject?
    var flags: PropertyFlags

    init(value: JSValue, flags: PropertyFlags = .all) {
        self.value = value
        self.flags = flags
    }

    init(getter: JSObject?, setter: JSObject?, flags: PropertyFlags) {
        self.value = .undefined
        self.getter = getter
        self.setter = setter
        self.flags = flags.union(.accessor).subtracting(.writable)
    }

    var isAccessor: Bool { flags.contains(.accessor) }
}

/// What makes an object exotic or gives it internal slots.
enum ObjectKind {
    case ordinary
    case array
    case function(FunctionData)
    /// An Error instance; the payload is its `    at …` lines (the header is computed when `stack` is read).
    case error(String)
    case boolean(Bool)
    case number(Double)
    case string(JSString)
    case symbol(JSSymbol)
    case map(OrderedTable)
    case set(OrderedTable)
    case weakMap(OrderedTable)
    case arguments
    case iterator(IteratorState)
    case date(Double)
    case regexp(RegexProgram)
    case promise(PromiseState)
}

/// A JavaScript object: prototype, ordered own properties, and for arrays a dense element vector.
package final class JSObject {
    var proto: JSObject?
    var extensible = true
    var kind: ObjectKind
    var keys: ContiguousArray<PropertyKey> = []
    var values: ContiguousArray<Property> = []
    var index: [PropertyKey: Int]? = nil
    /// Dense elements for arrays (holes are `JSValue.hole`).
    var elements: ContiguousArray<JSValue> = []
    /// For arrays whose `length` was made non-writable.
    var lengthWritable = true
    /// For sealed arrays: elements cannot be deleted.
    var sealedElements = false
    let accounting: HeapAccounting?
    /// For ordinary script functions: `Object.prototype`, until the function's own `prototype` object is first
    /// needed. Made eagerly, that object and the function form a cycle (`constructor` ↔ `prototype`) that ARC
    /// can't free before the realm is torn down, so every callback a script passes would live for the whole run.
    var pendingPrototypeParent: JSObject?

    init(proto: JSObject?, kind: ObjectKind = .ordinary, accounting: HeapAccounting?) {
        self.proto = proto
        self.kind = kind
        self.accounting = accounting
        accounting?.liveObjects += 1
    }

    deinit {
        accounting?.liveObjects -= 1
    }

    var isArray: Bool {
        if case .array = kind { return true }
        return false
    }

    var isCallable: Bool {
        if case .function = kind { return true }
        return false
    }

    var functionData: FunctionData? {
        if case .function(let f) = kind { return f }
        return nil
    }

    var isConstructor: Bool { functionData?.isConstructor ?? false }

    // MARK: Own properties

    /// Creates the function's `prototype` object now; lookups by key and key enumeration call this first.
    func materializePrototype() {
        guard let parent = pendingPrototypeParent else { return }
        pendingPrototypeParent = nil
        let prototype = JSObject(proto: parent, accounting: accounting)
        prototype.set("constructor", .object(self))
        set("prototype", .object(prototype), flags: .writable)
    }

    @inline(__always)
    func slot(of key: PropertyKey) -> Int? {
        if pendingPrototypeParent != nil, case .string(let name) = key, name == "prototype" { materializePrototype() }
        if let index { return index[key] }
        for i in 0..<keys.count where keys[i] == key { return i }
        return nil
    }

    func getOwn(_ key: PropertyKey) -> Property? {
        if case .array = kind, let i = key.arrayIndex {
            if i < elements.count, !elements[i].isHole { return Property(value: elements[i]) }
            return slot(of: key).map { values[$0] }
        }
        if case .string(let s) = kind {
            if let i = key.arrayIndex, i < s.length {
                return Property(value: .string(JSString(units: [s[i]])), flags: .enumerable)
            }
            if key == .string("length") { return Property(value: .number(Double(s.length)), flags: []) }
        }
        if case .array = kind, key == .string("length") {
            return Property(value: .number(Double(elements.count)), flags: lengthWritable ? .writable : [])
        }
        guard let i = slot(of: key) else { return nil }
        return values[i]
    }

    func hasOwn(_ key: PropertyKey) -> Bool { getOwn(key) != nil }

    /// Adds or replaces an own property without any checks.
    func defineOwn(_ key: PropertyKey, _ property: Property) {
        if case .array = kind, let i = key.arrayIndex, property.flags == .all, !property.isAccessor {
            if i < elements.count {
                elements[i] = property.value
                return
            }
            if i == elements.count && slot(of: key) == nil {
                elements.append(property.value)
                absorbSparse()
                return
            }
            if i < elements.count + 1024 && slot(of: key) == nil {
                while elements.count < i { elements.append(.hole) }
                elements.append(property.value)
                absorbSparse()
                return
            }
        }
        if let i = slot(of: key) {
            values[i] = property
            return
        }
        keys.append(key)
        values.append(property)
        if index != nil {
            index?[key] = keys.count - 1
        } else if keys.count > 8 {
            var d: [PropertyKey: Int] = [:]
            for (i, k) in keys.enumerated() { d[k] = i }
            index = d
        }
    }

    /// Moves sparse index properties that now continue the dense vector into it.
    private func absorbSparse() {
        guard !keys.isEmpty else { return }
        while let i = slot(of: .string(String(elements.count))), values[i].flags == .all, !values[i].isAccessor {
            elements.append(values[i].value)
            removeSlot(i)
        }
    }

    func set(_ key: String, _ value: JSValue, flags: PropertyFlags = .hidden) {
        defineOwn(.string(key), Property(value: value, flags: flags))
    }

    func removeSlot(_ i: Int) {
        let key = keys[i]
        keys.remove(at: i)
        values.remove(at: i)
        if index != nil {
            index?[key] = nil
            for j in i..<keys.count { index?[keys[j]] = j }
        }
    }

    /// Deletes an own property; false when it is non-configurable.
    func deleteOwn(_ key: PropertyKey) -> Bool {
        if case .array = kind, let i = key.arrayIndex, i < elements.count {
            if i == elements.count - 1 {
                elements.removeLast()
                // Keep holes at the end as holes: length does not shrink on delete.
                elements.append(.hole)
            } else {
                elements[i] = .hole
            }
            return true
        }
        if case .array = kind, key == .string("length") { return false }
        if case .string(let s) = kind, let i = key.arrayIndex, i < s.length { return false }
        guard let i = slot(of: key) else { return true }
        if !values[i].flags.contains(.configurable) { return false }
        removeSlot(i)
        return true
    }

    /// Own keys in spec order: integer indices ascending, then strings and then symbols in insertion order.
    func ownKeys() -> [PropertyKey] {
        materializePrototype()
        var result: [PropertyKey] = []
        var indexKeys: [(Int, PropertyKey)] = []
        if case .array = kind {
            for i in 0..<elements.count where !elements[i].isHole { result.append(.string(String(i))) }
        }
        if case .string(let s) = kind {
            for i in 0..<s.length { result.append(.string(String(i))) }
        }
        var strings: [PropertyKey] = []
        var symbols: [PropertyKey] = []
        for k in keys {
            switch k {
            case .string(let s):
                if let i = PropertyKey.index(of: s) { indexKeys.append((i, k)) } else if !s.hasPrefix("\u{FFFF}#") { strings.append(k) }
            case .symbol: symbols.append(k)
            }
        }
        if !indexKeys.isEmpty {
            result.append(contentsOf: indexKeys.sorted { $0.0 < $1.0 }.map(\.1))
            if case .array = kind {
                result.sort { ($0.arrayIndex ?? 0) < ($1.arrayIndex ?? 0) }
            }
        }
        if case .string = kind { strings.removeAll { $0 == .string("length") } }
        if case .array = kind { result.append(.string("length")) }
        else if case .string = kind { result.append(.string("length")) }
        return result + strings + symbols
    }

    /// Drops everything this object references (realm teardown breaks cycles this way).
    func clear() {
        pendingPrototypeParent = nil
        proto = nil
        keys = []
        values = []
        index = nil
        elements = []
        kind = .ordinary
    }
}

/// Counts live objects for the memory limit and for leak tests.
package final class HeapAccounting {
    package var liveObjects = 0
    package init() {}
}

/// Insertion-ordered hash table for Map and Set (deleted entries leave tombstones so iteration stays live).
final class OrderedTable {
    var keys: [JSValue?] = []
    var values: [JSValue] = []
    var index: [MapKey: Int] = [:]
    var count = 0

    func find(_ key: JSValue) -> Int? { index[MapKey(key)] }

    func set(_ key: JSValue, _ value: JSValue) {
        var k = key
        if case .number(let d) = k, d == 0 { k = .number(0) }
        if let i = find(k) {
            values[i] = value
            return
        }
        index[MapKey(k)] = keys.count
        keys.append(k)
        values.append(value)
        count += 1
    }

    func remove(_ key: JSValue) -> Bool {
        guard let i = find(key) else { return false }
        index[MapKey(key)] = nil
        keys[i] = nil
        values[i] = .undefined
        count -= 1
        return true
    }

    func clear() {
        for i in keys.indices {
            keys[i] = nil
            values[i] = .undefined
        }
        index = [:]
        count = 0
    }
}

/// SameValueZero hashing wrapper for Map/Set keys.
struct MapKey: Hashable {
    let value: JSValue
    init(_ value: JSValue) { self.value = value }

    static func == (a: MapKey, b: MapKey) -> Bool { sameValueZero(a.value, b.value) }

    func hash(into hasher: inout Hasher) {
        switch value {
        case .undefined: hasher.combine(0)
        case .null: hasher.combine(1)
        case .bool(let b): hasher.combine(b)
        case .number(let d): hasher.combine(d.isNaN ? Double.nan.bitPattern : (d == 0 ? 0 : d.bitPattern))
        case .string(let s): hasher.combine(s.units)
        case .symbol(let s): hasher.combine(ObjectIdentifier(s))
        case .object(let o): hasher.combine(ObjectIdentifier(o))
        }
    }
}

/// State behind a built-in iterator object.
final class IteratorState {
    var next: () throws(JSThrow) -> JSValue?
    init(next: @escaping () throws(JSThrow) -> JSValue?) {
        self.next = next
    }
}
