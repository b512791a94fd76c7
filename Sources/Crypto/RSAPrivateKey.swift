/// An RSA private key (RFC 8017 §3.2), read from PKCS#1 or PKCS#8 PEM/DER, that signs with RSASSA-PKCS1-v1_5 or
/// RSASSA-PSS.
///
/// Signing uses the Chinese Remainder Theorem form (p, q, dp, dq, qinv) when the key carries it, which is four
/// times faster than one exponentiation by d, and checks each signature with the public exponent before
/// returning it, so a key with inconsistent CRT values fails loudly instead of producing a bad signature.
package struct RSAPrivateKey: Sendable {
    /// The CRT values of a two-prime key (RFC 8017 §3.2, second representation).
    package struct CRTValues: Sendable, Hashable {
        package var p: BigUInt
        package var q: BigUInt
        package var dp: BigUInt
        package var dq: BigUInt
        package var qinv: BigUInt

        package init(p: BigUInt, q: BigUInt, dp: BigUInt, dq: BigUInt, qinv: BigUInt) {
            self.p = p
            self.q = q
            self.dp = dp
            self.dq = dq
            self.qinv = qinv
        }
    }

    package let publicKey: RSAPublicKey
    package let privateExponent: BigUInt
    package let crt: CRTValues?

    package var modulus: BigUInt { publicKey.modulus }
    /// The modulus length in bytes (k in RFC 8017).
    package var byteCount: Int { publicKey.byteCount }
    package var bitWidth: Int { modulus.bitWidth }

    /// Checks the parts against each other: d below n, and p·q = n when the CRT values are present. Keys whose CRT
    /// values are all zero (some exports leave them out) sign with d alone.
    package init(
        modulus: BigUInt, publicExponent: BigUInt, privateExponent: BigUInt, crt: CRTValues? = nil
    ) throws(RSAKeyError) {
        publicKey = try RSAPublicKey(modulus: modulus, publicExponent: publicExponent)
        guard !privateExponent.isZero, privateExponent < modulus else {
            throw .invalidKey("the private exponent is not between 1 and the modulus")
        }
        self.privateExponent = privateExponent
        if let crt, !crt.p.isZero, !crt.q.isZero {
            guard crt.p * crt.q == modulus else { throw .invalidKey("its primes p and q don't multiply to its modulus") }
            guard crt.dp < crt.p, crt.dq < crt.q, crt.qinv < crt.p, crt.p.isOdd, crt.q.isOdd else {
                throw .invalidKey("its CRT exponents or coefficient are out of range")
            }
            self.crt = crt
        } else {
            self.crt = nil
        }
    }

    /// A key from PEM text: `BEGIN PRIVATE KEY` (PKCS#8) or `BEGIN RSA PRIVATE KEY` (PKCS#1). Encrypted keys, and
    /// keys of other algorithms, are refused with an error that says so.
    package init(pem: String) throws(RSAKeyError) {
        let document = try PEMDocument.first(
            in: pem,
            labels: ["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "DSA PRIVATE KEY", "OPENSSH PRIVATE KEY"],
            expected: "a private key ('BEGIN PRIVATE KEY' or 'BEGIN RSA PRIVATE KEY')")
        switch document.label {
        case "PRIVATE KEY": try self.init(pkcs8DER: document.der)
        case "RSA PRIVATE KEY": try self.init(pkcs1DER: document.der)
        case "EC PRIVATE KEY": throw .notRSA(algorithm: "an EC")
        case "DSA PRIVATE KEY": throw .notRSA(algorithm: "a DSA")
        default:
            throw .invalidKey(
                "OpenSSH-format keys are not supported: convert it with 'ssh-keygen -p -m PKCS8 -f <file>' to get 'BEGIN PRIVATE KEY'")
        }
    }

    /// A DER key in either PKCS#8 or PKCS#1, told apart by the second field (an AlgorithmIdentifier SEQUENCE in
    /// PKCS#8, the modulus INTEGER in PKCS#1).
    package init(der: [UInt8]) throws(RSAKeyError) {
        var outer = DERReader(der)
        var fields = try outer.readSequence("the private key SEQUENCE")
        _ = try fields.readElement()
        if fields.nextTag == DERReader.sequenceTag {
            try self.init(pkcs8DER: der)
        } else {
            try self.init(pkcs1DER: der)
        }
    }

    /// A PKCS#8 `PrivateKeyInfo` (RFC 5208 §5, or RFC 5958's OneAsymmetricKey) holding an RSA key.
    package init(pkcs8DER der: [UInt8]) throws(RSAKeyError) {
        var outer = DERReader(der)
        var info = try outer.readSequence("the PrivateKeyInfo SEQUENCE")
        try outer.expectEnd("the PrivateKeyInfo")
        let version = try info.readSmallInteger("the PrivateKeyInfo version")
        guard version <= 1 else { throw .malformedDER(offset: 0, reason: "PrivateKeyInfo version \(version) is unknown") }
        var algorithm = try info.readSequence("the AlgorithmIdentifier SEQUENCE")
        try Self.requireRSA(try algorithm.readObjectIdentifier())
        try self.init(pkcs1DER: try info.readOctetString("the privateKey OCTET STRING"))
    }

    /// A PKCS#1 `RSAPrivateKey` (RFC 8017 §A.1.2).
    package init(pkcs1DER der: [UInt8]) throws(RSAKeyError) {
        var outer = DERReader(der)
        var key = try outer.readSequence("the RSAPrivateKey SEQUENCE")
        try outer.expectEnd("the RSAPrivateKey")
        let version = try key.readSmallInteger("the RSAPrivateKey version")
        guard version == 0 else { throw .unsupportedVersion(version) }
        let n = try key.readInteger("the modulus")
        let e = try key.readInteger("the public exponent")
        let d = try key.readInteger("the private exponent")
        let crt = CRTValues(
            p: try key.readInteger("the prime p"), q: try key.readInteger("the prime q"),
            dp: try key.readInteger("the exponent dp"), dq: try key.readInteger("the exponent dq"),
            qinv: try key.readInteger("the coefficient qinv"))
        try key.expectEnd("the coefficient qinv")
        try self.init(modulus: n, publicExponent: e, privateExponent: d, crt: crt)
    }

    /// Throws unless `oid` names an RSA key (rsaEncryption, or id-RSASSA-PSS whose keys are the same numbers).
    static func requireRSA(_ oid: String) throws(RSAKeyError) {
        switch oid {
        case "1.2.840.113549.1.1.1", "1.2.840.113549.1.1.10": return
        case "1.2.840.10045.2.1": throw .notRSA(algorithm: "an EC")
        case "1.3.101.112": throw .notRSA(algorithm: "an Ed25519")
        case "1.3.101.113": throw .notRSA(algorithm: "an Ed448")
        case "1.3.101.110": throw .notRSA(algorithm: "an X25519")
        case "1.3.101.111": throw .notRSA(algorithm: "an X448")
        case "1.2.840.10040.4.1": throw .notRSA(algorithm: "a DSA")
        default: throw .notRSA(algorithm: "an unknown (OID \(oid))")
        }
    }

    /// The signature of `message` under `scheme` (RFC 8017 §8.2.1 and §8.1.1); PSS salts come from `SystemRandom`.
    package func signature(for message: [UInt8], scheme: RSASignatureScheme) throws(RSAKeyError) -> [UInt8] {
        var salt: [UInt8] = []
        if case .pss(let hash) = scheme {
            do {
                salt = try SystemRandom.bytes(count: hash.digestByteCount)
            } catch {
                throw .invalidKey("no random salt could be made: \(error.description)")
            }
        }
        return try signature(for: message, scheme: scheme, salt: salt)
    }

    /// The signature of `message` with a given PSS `salt` (ignored for PKCS#1 v1.5); tests fix the salt.
    package func signature(for message: [UInt8], scheme: RSASignatureScheme, salt: [UInt8]) throws(RSAKeyError) -> [UInt8] {
        let encoded: [UInt8]
        switch scheme {
        case .pkcs1v15: encoded = try scheme.encodePKCS1v15(message, byteCount: byteCount)
        case .pss: encoded = try scheme.encodePSS(message, emBits: bitWidth - 1, salt: salt)
        }
        let m = BigUInt(bigEndianBytes: encoded)
        let s = privateOperation(m)
        guard s.power(publicKey.publicExponent, modulus: modulus) == m, let bytes = s.bigEndianBytes(count: byteCount) else {
            throw .inconsistentKey
        }
        return bytes
    }

    /// RSASP1 (RFC 8017 §5.2.1): `m^d mod n`, by CRT when possible (Garner's recombination, §5.1.2 step 2.b).
    func privateOperation(_ m: BigUInt) -> BigUInt {
        guard let crt else { return m.power(privateExponent, modulus: modulus) }
        let m1 = (m % crt.p).power(crt.dp, modulus: crt.p)
        let m2 = (m % crt.q).power(crt.dq, modulus: crt.q)
        let difference = m1 >= m2 % crt.p ? m1 - m2 % crt.p : m1 + crt.p - m2 % crt.p
        let h = (crt.qinv * difference) % crt.p
        return m2 + crt.q * h
    }
}
