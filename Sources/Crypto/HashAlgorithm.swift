/// A hash chosen at run time (an auth parameter, a CryptoJS call), dispatching to the concrete types.
package enum HashAlgorithm: String, Sendable, CaseIterable {
    case md4 = "MD4"
    case md5 = "MD5"
    case sha1 = "SHA-1"
    case sha224 = "SHA-224"
    case sha256 = "SHA-256"
    case sha384 = "SHA-384"
    case sha512 = "SHA-512"
    case sha512_256 = "SHA-512/256"

    /// The algorithm for a name as configurations spell it: `SHA-256`, `sha256`, `SHA256`, `md5`, `SHA-512/256`…
    /// (case, `-`, `_` and `/` are ignored). Nil for anything else.
    package init?(name: String) {
        let key = String(name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != "/" })
        guard let match = Self.allCases.first(where: { algorithm in
            algorithm.rawValue.lowercased().filter { $0 != "-" && $0 != "/" } == key
        }) else { return nil }
        self = match
    }

    /// The concrete hash type, for generic code such as `HMAC` and `PBKDF2`.
    package var hashFunction: any HashFunction.Type {
        switch self {
        case .md4: MD4.self
        case .md5: MD5.self
        case .sha1: SHA1.self
        case .sha224: SHA224.self
        case .sha256: SHA256.self
        case .sha384: SHA384.self
        case .sha512: SHA512.self
        case .sha512_256: SHA512_256.self
        }
    }

    package var digestByteCount: Int { hashFunction.digestByteCount }

    /// A fresh streaming hasher. Calls through it are dynamically dispatched once per `update`, never per block.
    package func makeHasher() -> any HashFunction {
        hashFunction.init()
    }

    /// The digest of `bytes`.
    package func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        hashFunction.hash(bytes)
    }

    /// The digest of the UTF-8 encoding of `string`.
    package func hash(_ string: String) -> [UInt8] {
        hashFunction.hash(string)
    }

    /// HMAC of `message` under `key` with this hash.
    package func authenticationCode(for message: some Sequence<UInt8>, key: some Sequence<UInt8>) -> [UInt8] {
        func run<H: HashFunction>(_: H.Type) -> [UInt8] {
            HMAC<H>.authenticationCode(for: message, key: key)
        }
        return run(hashFunction)
    }

    /// HMAC of the UTF-8 encoding of `message` under the UTF-8 encoding of `key`.
    package func authenticationCode(for message: String, key: String) -> [UInt8] {
        authenticationCode(for: Array(message.utf8), key: Array(key.utf8))
    }
}
