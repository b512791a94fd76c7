/// A reader for the small part of ASN.1 DER (ITU-T X.690) that RSA keys use: SEQUENCE, INTEGER, OBJECT
/// IDENTIFIER, NULL, OCTET STRING, BIT STRING and context-specific tags, read front to back.
///
/// Offsets in errors count from the start of the outermost buffer, so a message can point at the broken byte.
package struct DERReader {
    /// One tag-length-value element; `contents` indexes the reader's buffer.
    package struct Element {
        package var tag: UInt8
        package var contents: Range<Int>
        /// Where the element's tag byte is.
        package var offset: Int
    }

    package static let sequenceTag: UInt8 = 0x30
    package static let integerTag: UInt8 = 0x02
    package static let bitStringTag: UInt8 = 0x03
    package static let octetStringTag: UInt8 = 0x04
    package static let nullTag: UInt8 = 0x05
    package static let objectIdentifierTag: UInt8 = 0x06

    private let bytes: [UInt8]
    private var offset: Int
    private let end: Int

    package init(_ bytes: [UInt8]) {
        self.init(bytes, range: 0..<bytes.count)
    }

    private init(_ bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        offset = range.lowerBound
        end = range.upperBound
    }

    package var isAtEnd: Bool { offset >= end }

    /// The next element's tag, without consuming it.
    package var nextTag: UInt8? { isAtEnd ? nil : bytes[offset] }

    /// The next element, whatever its tag.
    package mutating func readElement() throws(RSAKeyError) -> Element {
        let start = offset
        guard offset < end else { throw .malformedDER(offset: offset, reason: "the data ends where an element was expected") }
        let tag = bytes[offset]
        guard tag & 0x1F != 0x1F else { throw .malformedDER(offset: offset, reason: "multi-byte tags are not used in keys") }
        offset += 1
        guard offset < end else { throw .malformedDER(offset: offset, reason: "the data ends inside an element's length") }
        let first = bytes[offset]
        offset += 1
        var length: Int
        if first < 0x80 {
            length = Int(first)
        } else {
            let count = Int(first & 0x7F)
            guard count != 0 else { throw .malformedDER(offset: offset - 1, reason: "indefinite lengths are not allowed in DER") }
            guard count <= 4, offset + count <= end else {
                throw .malformedDER(offset: offset - 1, reason: "the length field is too long")
            }
            length = 0
            for byte in bytes[offset..<(offset + count)] { length = length << 8 | Int(byte) }
            offset += count
        }
        guard length <= end - offset else {
            throw .malformedDER(offset: start, reason: "an element claims \(length) bytes but only \(end - offset) remain")
        }
        let contents = offset..<(offset + length)
        offset += length
        return Element(tag: tag, contents: contents, offset: start)
    }

    /// The next element, which must have `tag` (`what` names it in the error).
    package mutating func readElement(tag: UInt8, what: String) throws(RSAKeyError) -> Element {
        let element = try readElement()
        guard element.tag == tag else {
            throw .malformedDER(offset: element.offset, reason: "expected \(what), found tag 0x\(String(element.tag, radix: 16))")
        }
        return element
    }

    /// A reader over the contents of the next element, which must be a SEQUENCE.
    package mutating func readSequence(_ what: String = "a SEQUENCE") throws(RSAKeyError) -> DERReader {
        let element = try readElement(tag: Self.sequenceTag, what: what)
        return DERReader(bytes, range: element.contents)
    }

    /// A reader over the contents of any constructed element (a context-specific `[n]`, say).
    package func reader(for element: Element) -> DERReader {
        DERReader(bytes, range: element.contents)
    }

    /// A non-negative INTEGER.
    package mutating func readInteger(_ what: String = "an INTEGER") throws(RSAKeyError) -> BigUInt {
        let element = try readElement(tag: Self.integerTag, what: what)
        let contents = bytes[element.contents]
        guard let first = contents.first else {
            throw .malformedDER(offset: element.offset, reason: "\(what) has no content bytes")
        }
        guard first & 0x80 == 0 else { throw .malformedDER(offset: element.offset, reason: "\(what) is negative") }
        return BigUInt(bigEndianBytes: contents)
    }

    /// A small non-negative INTEGER such as a version number.
    package mutating func readSmallInteger(_ what: String) throws(RSAKeyError) -> Int {
        let start = offset
        let value = try readInteger(what)
        guard value.bitWidth <= 31, let result = Int(exactly: value.limbs.first ?? 0) else {
            throw .malformedDER(offset: start, reason: "\(what) is too large")
        }
        return result
    }

    /// An OBJECT IDENTIFIER in dotted form (`1.2.840.113549.1.1.1`).
    package mutating func readObjectIdentifier() throws(RSAKeyError) -> String {
        let element = try readElement(tag: Self.objectIdentifierTag, what: "an OBJECT IDENTIFIER")
        var arcs: [UInt64] = []
        var value: UInt64 = 0
        for byte in bytes[element.contents] {
            guard value >> 57 == 0 else { throw .malformedDER(offset: element.offset, reason: "an OBJECT IDENTIFIER arc is too large") }
            value = value << 7 | UInt64(byte & 0x7F)
            if byte & 0x80 == 0 {
                arcs.append(value)
                value = 0
            }
        }
        guard let first = arcs.first, value == 0, bytes[element.contents].last.map({ $0 & 0x80 == 0 }) == true else {
            throw .malformedDER(offset: element.offset, reason: "the OBJECT IDENTIFIER is truncated")
        }
        let head: [UInt64] = first < 80 ? [first / 40, first % 40] : [2, first - 80]
        return (head + arcs.dropFirst()).map(String.init).joined(separator: ".")
    }

    /// The contents of an OCTET STRING.
    package mutating func readOctetString(_ what: String = "an OCTET STRING") throws(RSAKeyError) -> [UInt8] {
        Array(bytes[try readElement(tag: Self.octetStringTag, what: what).contents])
    }

    /// The contents of a BIT STRING whose bit count is a multiple of eight.
    package mutating func readBitString(_ what: String = "a BIT STRING") throws(RSAKeyError) -> [UInt8] {
        let element = try readElement(tag: Self.bitStringTag, what: what)
        guard let unused = bytes[element.contents].first, unused == 0 else {
            throw .malformedDER(offset: element.offset, reason: "\(what) does not hold whole bytes")
        }
        return Array(bytes[element.contents].dropFirst())
    }

    /// Throws unless every byte has been read (trailing data after a key is a sign of a corrupt paste).
    package func expectEnd(_ what: String) throws(RSAKeyError) {
        guard isAtEnd else { throw .malformedDER(offset: offset, reason: "unexpected data after \(what)") }
    }
}
