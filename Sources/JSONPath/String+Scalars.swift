extension String {
    /// Equality by Unicode scalars, as RFC 9535 requires; Swift's `==` would also equate canonically equivalent
    /// spellings such as "é" and "e\u{301}".
    func sameScalars(as other: String) -> Bool {
        var left = self, right = other
        return left.withUTF8 { leftBytes in
            right.withUTF8 { rightBytes in
                leftBytes.count == rightBytes.count
                    && (leftBytes.isEmpty || memcmpEqual(leftBytes, rightBytes))
            }
        }
    }

    /// Ordering by Unicode scalar values (UTF-8 byte order is the same order).
    func precedesByScalars(_ other: String) -> Bool {
        var left = self, right = other
        return left.withUTF8 { leftBytes in
            right.withUTF8 { rightBytes in
                leftBytes.lexicographicallyPrecedes(rightBytes)
            }
        }
    }
}

private func memcmpEqual(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
    for index in 0..<left.count where left[index] != right[index] {
        return false
    }
    return true
}
