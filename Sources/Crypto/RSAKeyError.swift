/// Why an RSA key could not be read, or a signature could not be made with it. Each message says what is wrong
/// with the key as given and, where there is one, how to fix it.
package enum RSAKeyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No `-----BEGIN …-----` line was found.
    case notPEM
    /// A `BEGIN` line without its matching `END` line.
    case missingPEMEnd(label: String)
    /// A PEM block of the wrong kind (a certificate where a private key was expected, say).
    case unexpectedPEMLabel(found: String, expected: String)
    /// A passphrase-protected key (`ENCRYPTED PRIVATE KEY`, or `Proc-Type: 4,ENCRYPTED`).
    case encryptedKey
    /// The PEM body is not base64.
    case invalidBase64(String)
    /// The DER structure is broken at byte `offset` of the decoded key.
    case malformedDER(offset: Int, reason: String)
    /// A well-formed key of another algorithm (EC, Ed25519…).
    case notRSA(algorithm: String)
    /// A PKCS#1 version this reader does not handle (1 means multi-prime).
    case unsupportedVersion(Int)
    /// The numbers in the key cannot form an RSA key.
    case invalidKey(String)
    /// The modulus is too small for the signature scheme or the caller's policy.
    case keyTooShort(bits: Int, minimumBits: Int, scheme: String)
    /// A hash that has no RSA signature encoding here.
    case unsupportedHash(String)
    /// The private key's CRT values don't agree with its modulus and exponents.
    case inconsistentKey

    package var description: String {
        switch self {
        case .notPEM:
            "the key is not in PEM format: expected a line such as '-----BEGIN PRIVATE KEY-----'"
        case let .missingPEMEnd(label):
            "the PEM key has no '-----END \(label)-----' line: paste the whole key, including its last line"
        case let .unexpectedPEMLabel(found, expected):
            "expected \(expected), but the PEM block is a '\(found)'"
        case .encryptedKey:
            "encrypted private keys are not supported: decrypt it first (openssl pkey -in key.pem -out plain.pem)"
        case let .invalidBase64(detail):
            "the PEM key's body is not valid base64: \(detail)"
        case let .malformedDER(offset, reason):
            "the key's DER encoding is malformed at byte \(offset): \(reason)"
        case let .notRSA(algorithm):
            "the key is \(algorithm) key, not an RSA key: use an RSA private key"
        case let .unsupportedVersion(version):
            "RSA private key version \(version) is not supported: only two-prime keys (version 0) are"
        case let .invalidKey(reason):
            "invalid RSA key: \(reason)"
        case let .keyTooShort(bits, minimumBits, scheme):
            "a \(bits)-bit RSA key is too short for \(scheme): it needs at least \(minimumBits) bits"
        case let .unsupportedHash(name):
            "RSA signatures with \(name) are not supported"
        case .inconsistentKey:
            "the RSA private key is inconsistent: its CRT values (p, q, dp, dq, qinv) don't match its modulus and exponents"
        }
    }
}
