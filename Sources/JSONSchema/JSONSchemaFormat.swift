/// The `format` values the validator checks, written from RFC 3339, RFC 5321, RFC 1123, RFC 3986, RFC 4122 and
/// RFC 4291. Formats outside this list are unknown: ignored, or rejected at compile time when asked.
package enum JSONSchemaFormat {
    /// The formats Ajv 6 knows by default, so an unknown one can be reported as Ajv does.
    package static let known: Set<String> = [
        "date", "time", "date-time", "uri", "uri-reference", "uri-template", "url", "email", "hostname", "ipv4",
        "ipv6", "regex", "uuid", "json-pointer", "json-pointer-uri-fragment", "relative-json-pointer",
    ]

    /// The check for `name`, or nil when the format is not checked (any string passes).
    static func checker(_ name: String, fast: Bool, regex: @escaping (String) -> Bool) -> ((String) -> Bool)? {
        if fast {
            switch name {
            case "date": return { isFastDate(Substring($0)) }
            case "time": return { isFastTime(Substring($0), requireZone: false) }
            case "date-time": return isFastDateTime
            default: break
            }
        }
        return switch name {
        case "date": isDate
        case "time": { isTime(Substring($0)) }
        case "date-time": isDateTime
        case "email": isEmail
        case "hostname": { isHostname(Substring($0)) }
        case "ipv4": { isIPv4(Substring($0)) }
        case "ipv6": isIPv6
        case "uri", "url": { isURI($0, requireScheme: true) }
        case "uri-reference": { isURI($0, requireScheme: false) }
        case "uri-template": isURITemplate
        case "uuid": isUUID
        case "json-pointer": isJSONPointer
        case "json-pointer-uri-fragment": { $0.hasPrefix("#") && isJSONPointer(String($0.dropFirst())) }
        case "relative-json-pointer": isRelativeJSONPointer
        case "regex": regex
        default: nil
        }
    }

    // Ajv's default "fast" mode checks dates and times by shape only: a day of 31 passes in any month.
    private static func isFastDate(_ text: Substring) -> Bool {
        let bytes = Array(text.utf8)
        func digit(_ index: Int, _ range: ClosedRange<UInt8> = 48...57) -> Bool { range.contains(bytes[index]) }
        return bytes.count == 10 && digit(0) && digit(1) && digit(2) && digit(3) && bytes[4] == 45
            && digit(5, 48...49) && digit(6) && bytes[7] == 45 && digit(8, 48...51) && digit(9)
    }

    private static func isFastTime(_ text: Substring, requireZone: Bool) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 8, bytes[2] == 58, bytes[5] == 58 else { return false }
        func digit(_ index: Int, _ range: ClosedRange<UInt8> = 48...57) -> Bool {
            index < bytes.count && range.contains(bytes[index])
        }
        let leapSecond = text.hasPrefix("23:59:60")
        guard leapSecond || (digit(0, 48...50) && digit(1) && digit(3, 48...53) && digit(4) && digit(6, 48...53) && digit(7))
        else { return false }
        var index = 8
        if index < bytes.count, bytes[index] == 46 {
            index += 1
            let start = index
            while digit(index) { index += 1 }
            guard index > start else { return false }
        }
        if index == bytes.count { return !requireZone }
        if bytes[index] == 90 || bytes[index] == 122 { return index + 1 == bytes.count }
        guard bytes[index] == 43 || bytes[index] == 45, digit(index + 1), digit(index + 2) else { return false }
        index += 3
        if index == bytes.count { return true }
        if bytes[index] == 58 { index += 1 }
        return digit(index) && digit(index + 1) && index + 2 == bytes.count
    }

    private static func isFastDateTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count > 11, [84, 116, 32, 9, 10, 13, 12].contains(bytes[10]) else { return false }
        return isFastDate(text.prefix(10)) && isFastTime(text.dropFirst(11), requireZone: true)
    }

    private static func digits(_ text: Substring, _ count: Int) -> Int? {
        guard text.count == count, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(text)
    }

    static func isDate(_ text: String) -> Bool {
        isDate(Substring(text))
    }

    private static func isDate(_ text: Substring) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let year = digits(parts[0], 4), let month = digits(parts[1], 2),
            let day = digits(parts[2], 2), (1...12).contains(month), day >= 1
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// `HH:MM:SS[.fraction](Z|±HH:MM)`; a leap second is allowed only at 23:59:60 UTC.
    private static func isTime(_ text: Substring) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 9, bytes[2] == 58, bytes[5] == 58,
            let hour = digits(text.prefix(2), 2), let minute = digits(text.dropFirst(3).prefix(2), 2),
            let second = digits(text.dropFirst(6).prefix(2), 2)
        else { return false }
        var rest = text.dropFirst(8)
        if rest.first == "." {
            rest = rest.dropFirst()
            let fraction = rest.prefix { $0.isASCII && $0.isNumber }
            guard !fraction.isEmpty else { return false }
            rest = rest.dropFirst(fraction.count)
        }
        var offsetMinutes = 0
        if rest == "Z" || rest == "z" {
            offsetMinutes = 0
        } else {
            guard rest.count == 6, let sign = rest.first, sign == "+" || sign == "-",
                rest.dropFirst(3).first == ":", let offsetHour = digits(rest.dropFirst().prefix(2), 2),
                let offsetMinute = digits(rest.dropFirst(4), 2), offsetHour <= 23, offsetMinute <= 59
            else { return false }
            offsetMinutes = (offsetHour * 60 + offsetMinute) * (sign == "+" ? 1 : -1)
        }
        guard hour <= 23, minute <= 59 else { return false }
        if second == 60 {
            let utc = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440
            return utc == 23 * 60 + 59
        }
        return second <= 59
    }

    static func isDateTime(_ text: String) -> Bool {
        guard let separator = text.firstIndex(where: { $0 == "T" || $0 == "t" || $0 == " " }) else { return false }
        return isDate(text[..<separator]) && isTime(text[text.index(after: separator)...])
    }

    private static let emailLocalBytes = Set(
        Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~.".utf8))

    static func isEmail(_ text: String) -> Bool {
        guard let at = text.lastIndex(of: "@") else { return false }
        let local = text[..<at], domain = text[text.index(after: at)...]
        guard !local.isEmpty, local.first != ".", local.last != ".", !local.contains(".."),
            local.utf8.allSatisfy({ emailLocalBytes.contains($0) })
        else { return false }
        if domain.hasPrefix("["), domain.hasSuffix("]") {
            let literal = domain.dropFirst().dropLast()
            if literal.hasPrefix("IPv6:") { return isIPv6(String(literal.dropFirst(5))) }
            return isIPv4(literal)
        }
        return isHostname(domain)
    }

    static func isHostname(_ text: Substring) -> Bool {
        let bytes = text.utf8
        guard !bytes.isEmpty, bytes.count <= 253 else { return false }
        var labelLength = 0
        var previous: UInt8 = 46
        for byte in bytes {
            if byte == 46 {
                guard labelLength > 0, previous != 45 else { return false }
                labelLength = 0
            } else {
                let isAlphanumeric = (byte >= 48 && byte <= 57) || (byte | 0x20 >= 97 && byte | 0x20 <= 122)
                guard isAlphanumeric || (byte == 45 && labelLength > 0) else { return false }
                labelLength += 1
                guard labelLength <= 63 else { return false }
            }
            previous = byte
        }
        return labelLength > 0 && previous != 45
    }

    static func isIPv4(_ text: Substring) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4
            && parts.allSatisfy { part in
                guard (1...3).contains(part.count), part.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
                    let value = Int(part), value <= 255
                else { return false }
                return part.count == 1 || part.first != "0"
            }
    }

    static func isIPv6(_ text: String) -> Bool {
        var body = text
        if let lastColon = body.lastIndex(of: ":"), body[body.index(after: lastColon)...].contains(".") {
            // An embedded IPv4 address stands for the last two groups.
            guard isIPv4(body[body.index(after: lastColon)...]) else { return false }
            body = body[...lastColon] + "0:0"
        }
        let groupsNeeded = 8
        func isGroup(_ group: Substring) -> Bool {
            (1...4).contains(group.count) && group.allSatisfy { $0.isHexDigit && $0.isASCII }
        }
        let halves = body.components(separatedBy: "::")
        if halves.count > 2 { return false }
        func groups(_ part: String) -> [Substring]? {
            if part.isEmpty { return [] }
            let items = part.split(separator: ":", omittingEmptySubsequences: false)
            return items.allSatisfy(isGroup) ? items : nil
        }
        if halves.count == 1 {
            guard let all = groups(halves[0]) else { return false }
            return all.count == groupsNeeded
        }
        guard let left = groups(halves[0]), let right = groups(halves[1]) else { return false }
        return left.count + right.count < groupsNeeded
    }

    static func isUUID(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.map(\.count) == [8, 4, 4, 4, 12] && parts.allSatisfy { $0.allSatisfy { $0.isHexDigit && $0.isASCII } }
    }

    static func isJSONPointer(_ text: String) -> Bool {
        guard text.isEmpty || text.hasPrefix("/") else { return false }
        var characters = text.makeIterator()
        while let character = characters.next() {
            if character == "~" {
                guard let next = characters.next(), next == "0" || next == "1" else { return false }
            }
        }
        return true
    }

    static func isRelativeJSONPointer(_ text: String) -> Bool {
        let number = text.prefix { $0.isASCII && $0.isNumber }
        guard !number.isEmpty, number.count == 1 || number.first != "0" else { return false }
        let rest = text.dropFirst(number.count)
        return rest == "#" || isJSONPointer(String(rest))
    }

    static func isURITemplate(_ text: String) -> Bool {
        var open = false
        for character in text {
            if character == "{" {
                if open { return false }
                open = true
            } else if character == "}" {
                if !open { return false }
                open = false
            }
        }
        return !open
    }

    /// A URI (with a scheme) or URI reference: only characters RFC 3986 allows, well-formed percent escapes,
    /// and a numeric port.
    static func isURI(_ text: String, requireScheme: Bool) -> Bool {
        let allowed = Set("-._~:/?#[]@!$&'()*+,;=%")
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte < 128 else { return false }
            let character = Character(UnicodeScalar(byte))
            guard character.isLetter || character.isNumber || allowed.contains(character) else { return false }
            if byte == 37 {
                guard index + 2 < bytes.count, Character(UnicodeScalar(bytes[index + 1])).isHexDigit,
                    Character(UnicodeScalar(bytes[index + 2])).isHexDigit
                else { return false }
            }
            index += 1
        }
        var rest = Substring(text)
        if let colon = rest.firstIndex(of: ":"), let first = rest.first, first.isLetter,
            rest[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." })
        {
            rest = rest[rest.index(after: colon)...]
        } else if requireScheme {
            return false
        } else if let colon = rest.firstIndex(of: ":"),
            !rest[..<colon].contains(where: { $0 == "/" || $0 == "?" || $0 == "#" })
        {
            return false
        }
        let beforeFragment = rest.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        if beforeFragment.count == 2, beforeFragment[1].contains("#") { return false }
        if rest.hasPrefix("//") {
            let authority = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            var host = authority
            if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
            if host.hasPrefix("[") {
                guard let close = host.firstIndex(of: "]") else { return false }
                let after = host[host.index(after: close)...]
                if !after.isEmpty && !(after.first == ":" && after.dropFirst().allSatisfy(\.isNumber)) { return false }
            } else if let colon = host.firstIndex(of: ":") {
                guard host[host.index(after: colon)...].allSatisfy(\.isNumber) else { return false }
                if host[..<colon].contains("[") || host[..<colon].contains("]") { return false }
            } else if host.contains("[") || host.contains("]") {
                return false
            }
        }
        return true
    }
}
