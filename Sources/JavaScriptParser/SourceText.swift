/// A function's source text, kept as a range of the parsed source and turned into a `String` only when
/// something asks (`Function.prototype.toString`). Copying every function's text while parsing made nested
/// functions cost their enclosing text again and again.
package struct SourceText: Sendable, ExpressibleByStringLiteral {
    private let units: [UInt16]
    private let range: Range<Int>

    package init(units: [UInt16], range: Range<Int>) {
        self.units = units
        self.range = range
    }

    package init(stringLiteral text: String) {
        units = Array(text.utf16)
        range = 0..<units.count
    }

    package var string: String { String(decodingCodeUnits: units[range]) }
}

extension String {
    /// Text from UTF-16 code units, with a fast path for the all-ASCII case that source code nearly always is.
    package init(decodingCodeUnits units: ArraySlice<UInt16>) {
        if units.allSatisfy({ $0 < 0x80 }) {
            self.init(unsafeUninitializedCapacity: units.count) { buffer in
                var index = 0
                for unit in units {
                    buffer[index] = UInt8(truncatingIfNeeded: unit)
                    index += 1
                }
                return index
            }
        } else {
            self.init(decoding: units, as: UTF16.self)
        }
    }
}
