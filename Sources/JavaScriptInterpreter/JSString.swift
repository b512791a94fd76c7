/// A JavaScript string: UTF-16 code units, with O(1) concatenation through a bounded-depth rope.
package final class JSString {
    private var flat: ContiguousArray<UInt16>
    private var left: JSString?
    private var right: JSString?
    private var depth: Int
    package let length: Int
    private var cachedString: String?

    package init(_ string: String) {
        flat = ContiguousArray(string.utf16)
        length = flat.count
        depth = 0
        cachedString = string
    }

    package init<S: Sequence>(units: S) where S.Element == UInt16 {
        flat = ContiguousArray(units)
        length = flat.count
        depth = 0
    }

    private init(left: JSString, right: JSString) {
        flat = []
        self.left = left
        self.right = right
        length = left.length + right.length
        depth = max(left.depth, right.depth) + 1
    }

    static var empty: JSString { JSString("") }

    /// `a + b`, sharing both operands. Ropes flatten when they get deep, so appends stay linear in practice
    /// and deinit recursion stays bounded.
    static func concat(_ a: JSString, _ b: JSString) -> JSString {
        if a.length == 0 { return b }
        if b.length == 0 { return a }
        if a.length + b.length < 24 {
            var units = a.units
            units.append(contentsOf: b.units)
            return JSString(units: units)
        }
        if a.depth >= 512 { a.flatten() }
        if b.depth >= 512 { b.flatten() }
        return JSString(left: a, right: b)
    }

    private func flatten() {
        guard left != nil else { return }
        var out = ContiguousArray<UInt16>()
        out.reserveCapacity(length)
        var stack: [JSString] = [self]
        while let node = stack.popLast() {
            if let l = node.left, let r = node.right {
                stack.append(r)
                stack.append(l)
            } else {
                out.append(contentsOf: node.flat)
            }
        }
        flat = out
        left = nil
        right = nil
        depth = 0
    }

    /// The code units (flattening a rope once).
    package var units: ContiguousArray<UInt16> {
        flatten()
        return flat
    }

    package subscript(i: Int) -> UInt16 {
        flatten()
        return flat[i]
    }

    /// A Swift string (lone surrogates become U+FFFD).
    package var string: String {
        if let cachedString { return cachedString }
        let s = JSString.swiftString(units)
        cachedString = s
        return s
    }

    /// UTF-16 to `String`, with a fast path for ASCII (the generic transcoder is slow).
    static func swiftString<C: Collection>(_ units: C) -> String where C.Element == UInt16 {
        var ascii = true
        for u in units where u >= 0x80 {
            ascii = false
            break
        }
        guard ascii else { return String(decoding: units, as: UTF16.self) }
        let count = units.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for u in units {
                buffer[i] = UInt8(truncatingIfNeeded: u)
                i += 1
            }
            return count
        }
    }

    package func equals(_ other: JSString) -> Bool {
        if self === other { return true }
        if length != other.length { return false }
        return units == other.units
    }

    /// Lexicographic comparison by code units.
    func less(than other: JSString) -> Bool {
        let a = units, b = other.units
        let n = min(a.count, b.count)
        var i = 0
        while i < n {
            if a[i] != b[i] { return a[i] < b[i] }
            i += 1
        }
        return a.count < b.count
    }

    func substring(_ start: Int, _ end: Int) -> JSString {
        let s = max(0, min(start, length)), e = max(s, min(end, length))
        if s == 0 && e == length { return self }
        return JSString(units: units[s..<e])
    }

    /// The property key for this string.
    var key: PropertyKey { .string(string) }
}
