/// An RSA public key (RFC 8017 §3.1): the modulus n and public exponent e, for verifying signatures.
package struct RSAPublicKey: Sendable, Hashable {
    package let modulus: BigUInt
    package let publicExponent: BigUInt

    /// Checks that n and e can form an RSA key: n odd and at least 512 bits, e odd and in 3..<n.
    package init(modulus: BigUInt, publicExponent: BigUInt) throws(RSAKeyError) {
        guard modulus.isOdd else { throw .invalidKey("the modulus is even") }
        guard modulus.bitWidth >= 512 else {
            throw .invalidKey("the modulus has \(modulus.bitWidth) bits; RSA keys need at least 512 (2048 is usual)")
        }
        guard publicExponent.isOdd, publicExponent >= BigUInt(3), publicExponent < modulus else {
            throw .invalidKey("the public exponent \(publicExponent) is not an odd number between 3 and the modulus")
        }
        self.modulus = modulus
        self.publicExponent = publicExponent
    }

    /// A key from PEM text: `BEGIN PUBLIC KEY` (X.509 SubjectPublicKeyInfo) or `BEGIN RSA PUBLIC KEY` (PKCS#1).
    package init(pem: String) throws(RSAKeyError) {
        let document = try PEMDocument.first(
            in: pem, labels: ["PUBLIC KEY", "RSA PUBLIC KEY"], expected: "a public key ('BEGIN PUBLIC KEY' or 'BEGIN RSA PUBLIC KEY')")
        if document.label == "PUBLIC KEY" {
            try self.init(subjectPublicKeyInfo: document.der)
        } else {
            try self.init(pkcs1DER: document.der)
        }
    }

    /// A PKCS#1 `RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }` (RFC 8017 §A.1.1).
    package init(pkcs1DER der: [UInt8]) throws(RSAKeyError) {
        var outer = DERReader(der)
        var key = try outer.readSequence("the RSAPublicKey SEQUENCE")
        try outer.expectEnd("the RSAPublicKey")
        let modulus = try key.readInteger("the modulus")
        let exponent = try key.readInteger("the public exponent")
        try key.expectEnd("the public exponent")
        try self.init(modulus: modulus, publicExponent: exponent)
    }

    /// An X.509 `SubjectPublicKeyInfo` (RFC 5280 §4.1) holding an RSA key (RFC 3279 §2.3.1).
    package init(subjectPublicKeyInfo der: [UInt8]) throws(RSAKeyError) {
        var outer = DERReader(der)
        var info = try outer.readSequence("the SubjectPublicKeyInfo SEQUENCE")
        try outer.expectEnd("the SubjectPublicKeyInfo")
        var algorithm = try info.readSequence("the AlgorithmIdentifier SEQUENCE")
        try RSAPrivateKey.requireRSA(try algorithm.readObjectIdentifier())
        try self.init(pkcs1DER: try info.readBitString("the subjectPublicKey BIT STRING"))
    }

    /// The modulus length in bytes (k in RFC 8017).
    package var byteCount: Int { (modulus.bitWidth + 7) / 8 }

    /// Whether `signature` is a valid signature of `message` under `scheme` (RFC 8017 §8.1.2 and §8.2.2).
    package func isValidSignature(_ signature: [UInt8], for message: [UInt8], scheme: RSASignatureScheme) -> Bool {
        guard signature.count == byteCount else { return false }
        let s = BigUInt(bigEndianBytes: signature)
        guard s < modulus else { return false }
        let m = s.power(publicExponent, modulus: modulus)
        switch scheme {
        case .pkcs1v15:
            guard let encoded = m.bigEndianBytes(count: byteCount),
                let expected = try? scheme.encodePKCS1v15(message, byteCount: byteCount)
            else { return false }
            return ConstantTime.isEqual(encoded, expected)
        case .pss:
            let emBits = modulus.bitWidth - 1
            guard let encoded = m.bigEndianBytes(count: (emBits + 7) / 8) else { return false }
            return scheme.verifyPSS(message, encoded: encoded, emBits: emBits)
        }
    }
}
