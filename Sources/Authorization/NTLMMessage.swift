import Crypto
import Foundation

/// NTLM messages (MS-NLMP §2.2.1) laid out byte for byte as the `httpntlm` library that postman-runtime uses
/// builds them, and the NTLMv2 response computation (MS-NLMP §3.3.2). NTLMv1 (DES-based) is not implemented.
enum NTLMMessage {
    static let signature: [UInt8] = Array("NTLMSSP\0".utf8)

    /// NEGOTIATE flag bits (MS-NLMP §2.2.2.5) that httpntlm sets or reads.
    enum Flag {
        static let unicode: UInt32 = 0x0000_0001
        static let oem: UInt32 = 0x0000_0002
        static let requestTarget: UInt32 = 0x0000_0004
        static let ntlm: UInt32 = 0x0000_0200
        static let oemDomainSupplied: UInt32 = 0x0000_1000
        static let oemWorkstationSupplied: UInt32 = 0x0000_2000
        static let alwaysSign: UInt32 = 0x0000_8000
        static let extendedSecurity: UInt32 = 0x0008_0000
        static let targetInfo: UInt32 = 0x0080_0000
        static let version: UInt32 = 0x0200_0000
        static let bits128: UInt32 = 0x2000_0000
        static let bits56: UInt32 = 0x8000_0000
    }

    static let negotiateFlags = Flag.unicode | Flag.oem | Flag.requestTarget | Flag.ntlm | Flag.oemDomainSupplied
        | Flag.oemWorkstationSupplied | Flag.alwaysSign | Flag.extendedSecurity | Flag.version | Flag.bits128 | Flag.bits56
    static let authenticateFlags = Flag.unicode | Flag.requestTarget | Flag.ntlm | Flag.alwaysSign | Flag.extendedSecurity
        | Flag.targetInfo | Flag.version | Flag.bits128 | Flag.bits56
    /// Windows XP SP2 (5.1 build 2600), NTLM revision 15: the version httpntlm claims.
    static let versionBytes: [UInt8] = [5, 1, 0x28, 0x0A, 0, 0, 0, 15]

    /// The parts of a CHALLENGE_MESSAGE the response needs.
    struct Challenge: Equatable {
        var flags: UInt32
        var serverChallenge: [UInt8]
        var targetInfo: [UInt8]?
    }

    /// NEGOTIATE_MESSAGE (type 1): OEM workstation then domain, uppercased and JavaScript-`escape`d.
    static func negotiate(domain: String, workstation: String) -> [UInt8] {
        let domainBytes = oemBytes(jsEscape(domain.uppercased()))
        let workstationBytes = oemBytes(jsEscape(workstation.uppercased()))
        let bodyLength = 40
        var flags = negotiateFlags
        if domainBytes.isEmpty { flags &= ~Flag.oemDomainSupplied }
        var message = signature
        message += le32(1) + le32(flags)
        message += le16(domainBytes.count) + le16(domainBytes.count) + le32(bodyLength + workstationBytes.count)
        message += le16(workstationBytes.count) + le16(workstationBytes.count) + le32(bodyLength)
        message += versionBytes + workstationBytes + domainBytes
        return message
    }

    /// Reads a CHALLENGE_MESSAGE (type 2) from a `WWW-Authenticate: NTLM <base64>` value.
    static func challenge(fromHeader value: String) throws(AuthorizationError) -> Challenge {
        guard let marker = value.range(of: "NTLM ") else {
            throw .malformedChallenge(auth: "ntlm", reason: "no NTLM message in the WWW-Authenticate header")
        }
        let encoded = value[marker.upperBound...].trimmingSpaces()
        guard !encoded.isEmpty, let bytes = try? Base64.decode(encoded, padding: .optional) else {
            throw .malformedChallenge(auth: "ntlm", reason: "the type 2 message is not valid base64")
        }
        guard bytes.count >= 32, Array(bytes[0..<8]) == signature else {
            throw .malformedChallenge(auth: "ntlm", reason: "the type 2 message is too short or lacks the NTLMSSP signature")
        }
        guard readLE16(bytes, 8) == 2 else {
            throw .malformedChallenge(auth: "ntlm", reason: "the server did not return a type 2 message")
        }
        let flags = readLE32(bytes, 20)
        var targetInfo: [UInt8]?
        if flags & Flag.targetInfo != 0, bytes.count >= 48 {
            let length = readLE16(bytes, 40), offset = Int(readLE32(bytes, 44))
            // Like Node's Buffer.slice, a range past the end is clamped.
            let start = min(offset, bytes.count), end = min(offset + length, bytes.count)
            targetInfo = Array(bytes[start..<end])
        }
        return Challenge(flags: flags, serverChallenge: Array(bytes[24..<32]), targetInfo: targetInfo)
    }

    /// AUTHENTICATE_MESSAGE (type 3) with NTLMv2 responses. `timestamp` is the client's clock; `clientChallenge` is
    /// 8 random bytes. Servers that don't offer extended security and target info would need NTLMv1.
    static func authenticate(
        challenge: Challenge, username: String, password: String, domain: String, workstation: String,
        clientChallenge: [UInt8], timestamp: Date
    ) throws(AuthorizationError) -> [UInt8] {
        guard challenge.flags & Flag.extendedSecurity != 0, let targetInfo = challenge.targetInfo else {
            throw .unsupportedAlgorithm(auth: "ntlm", algorithm: "NTLMv1 (the server's challenge offers no NTLMv2 target info)")
        }
        let isUnicode = challenge.flags & Flag.unicode != 0
        let domainName = jsEscape(domain.uppercased())
        let workstationName = jsEscape(workstation.uppercased())
        func encode(_ text: String) -> [UInt8] { isUnicode ? utf16LE(text) : oemBytes(text) }
        let domainBytes = encode(domainName), userBytes = encode(username), workstationBytes = encode(workstationName)

        let responseKey = ntowfv2(password: password, user: username, domain: domainName)
        let responses = v2Responses(
            responseKey: responseKey, serverChallenge: challenge.serverChallenge, clientChallenge: clientChallenge,
            timestamp: fileTime(timestamp), targetInfo: targetInfo)

        let bodyLength = 72
        let payloadStart = bodyLength + domainBytes.count + userBytes.count + workstationBytes.count
        var message = signature + le32(3)
        message += le16(responses.lm.count) + le16(responses.lm.count) + le32(payloadStart)
        message += le16(responses.nt.count) + le16(responses.nt.count) + le32(payloadStart + responses.lm.count)
        message += le16(domainBytes.count) + le16(domainBytes.count) + le32(bodyLength)
        message += le16(userBytes.count) + le16(userBytes.count) + le32(bodyLength + domainBytes.count)
        message += le16(workstationBytes.count) + le16(workstationBytes.count) + le32(bodyLength + domainBytes.count + userBytes.count)
        message += le16(0) + le16(0) + le32(payloadStart + responses.lm.count + responses.nt.count)
        message += le32(isUnicode ? authenticateFlags : authenticateFlags & ~Flag.unicode)
        message += versionBytes
        message += domainBytes + userBytes + workstationBytes + responses.lm + responses.nt
        return message
    }

    /// NTOWFv1: MD4 of the UTF-16LE password (MS-NLMP §3.3.1).
    static func ntowfv1(password: String) -> [UInt8] {
        MD4.hash(utf16LE(password))
    }

    /// NTOWFv2: HMAC-MD5 keyed with NTOWFv1 over UTF-16LE(uppercase(user) + domain) (MS-NLMP §3.3.2).
    static func ntowfv2(password: String, user: String, domain: String) -> [UInt8] {
        HMAC<MD5>.authenticationCode(for: utf16LE(user.uppercased() + domain), key: ntowfv1(password: password))
    }

    /// LMv2 and NTLMv2 responses (MS-NLMP §3.3.2); the NT response starts with NTProofStr.
    static func v2Responses(
        responseKey: [UInt8], serverChallenge: [UInt8], clientChallenge: [UInt8], timestamp: [UInt8], targetInfo: [UInt8]
    ) -> (lm: [UInt8], nt: [UInt8]) {
        let lm = HMAC<MD5>.authenticationCode(for: serverChallenge + clientChallenge, key: responseKey) + clientChallenge
        let zero: [UInt8] = [0, 0, 0, 0]
        let temp: [UInt8] = [1, 1, 0, 0] + zero + timestamp + clientChallenge + zero + targetInfo + zero
        let proof = HMAC<MD5>.authenticationCode(for: serverChallenge + temp, key: responseKey)
        return (lm, proof + temp)
    }

    /// Windows FILETIME (100 ns ticks since 1601-01-01), little-endian, from whole milliseconds as httpntlm does.
    static func fileTime(_ date: Date) -> [UInt8] {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let ticks = UInt64(truncatingIfNeeded: (milliseconds + 11_644_473_600_000) &* 10_000)
        return (0..<8).map { UInt8(truncatingIfNeeded: ticks >> (UInt64($0) * 8)) }
    }

    /// JavaScript's legacy `escape()`: keeps `A–Z a–z 0–9 @*_+-./`, else `%XX` or `%uXXXX` per UTF-16 unit.
    static func jsEscape(_ text: String) -> String {
        var output = ""
        for unit in text.utf16 {
            switch unit {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x40, 0x2A, 0x5F, 0x2B, 0x2D, 0x2E, 0x2F:
                output.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
            case 0..<256:
                output += "%" + hex(Int(unit), width: 2)
            default:
                output += "%u" + hex(Int(unit), width: 4)
            }
        }
        return output
    }

    private static func hex(_ value: Int, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func utf16LE(_ text: String) -> [UInt8] {
        text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] }
    }

    /// Node's `ascii` encoding: the low byte of each UTF-16 unit.
    static func oemBytes(_ text: String) -> [UInt8] {
        text.utf16.map { UInt8(truncatingIfNeeded: $0) }
    }

    static func le16(_ value: Int) -> [UInt8] {
        [UInt8(truncatingIfNeeded: value), UInt8(truncatingIfNeeded: value >> 8)]
    }

    static func le32(_ value: Int) -> [UInt8] { le32(UInt32(truncatingIfNeeded: value)) }

    static func le32(_ value: UInt32) -> [UInt8] {
        (0..<4).map { UInt8(truncatingIfNeeded: value >> (UInt32($0) * 8)) }
    }

    static func readLE16(_ bytes: [UInt8], _ offset: Int) -> Int {
        Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    static func readLE32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (UInt32($1) * 8) }
    }
}
