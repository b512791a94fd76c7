import Crypto
import JavaScriptInterpreter

/// The Swift half of CryptoJS. Every function takes and returns crypto-js's data form: an array of signed 32-bit
/// big-endian words plus, on the way in, the count of significant bytes.
extension CryptoJSLibrary {
    /// The most bytes one call derives or generates, so a typo such as `keySize: 1e9` fails instead of
    /// exhausting memory.
    static let byteLimit = 1 << 24

    static func natives(_ realm: Realm) -> JSObject {
        let natives = realm.newObject()
        func define(_ name: String, _ length: Int, _ body: @escaping NativeFunction) {
            realm.defineValue(natives, name, .object(realm.newFunction(name, length: length, body)), enumerable: false)
        }
        // hash(algorithm, words, sigBytes)
        define("hash", 3) { call throws(JSThrow) in
            let algorithm = try hashAlgorithm(call)
            return wordArray(call.realm, algorithm.hash(try bytes(call, 1)))
        }
        // hmac(algorithm, keyWords, keySigBytes, words, sigBytes)
        define("hmac", 5) { call throws(JSThrow) in
            let algorithm = try hashAlgorithm(call)
            let mac = algorithm.authenticationCode(for: try bytes(call, 3), key: try bytes(call, 1))
            return wordArray(call.realm, mac)
        }
        // pbkdf2(algorithm, passwordWords, passwordSigBytes, saltWords, saltSigBytes, iterations, keySize)
        define("pbkdf2", 7) { call throws(JSThrow) in
            let algorithm = try hashAlgorithm(call)
            let blockBytes = algorithm.digestByteCount
            let byteCount = try derivedBlockCount(call, blockWords: blockBytes / 4) * blockBytes
            guard byteCount > 0 else { return .object(call.realm.newArray()) }
            do {
                let key = try PBKDF2.deriveKey(
                    algorithm, password: try bytes(call, 1), salt: try bytes(call, 3),
                    iterations: try iterations(call, 5), keyByteCount: byteCount)
                return wordArray(call.realm, key)
            } catch {
                throw call.realm.throwError("RangeError", "PBKDF2: \(error)")
            }
        }
        // evpKDF(algorithm, passwordWords, passwordSigBytes, saltWords, saltSigBytes, iterations, keySize):
        // OpenSSL's EVP_BytesToKey, D_i = hash^iterations(D_(i-1) || password || salt).
        define("evpKDF", 7) { call throws(JSThrow) in
            let algorithm = try hashAlgorithm(call)
            let blockCount = try derivedBlockCount(call, blockWords: algorithm.digestByteCount / 4)
            let password = try bytes(call, 1)
            let salt = try bytes(call, 3)
            let rounds = try iterations(call, 5)
            var derived: [UInt8] = []
            var block: [UInt8] = []
            for _ in 0..<blockCount {
                var hasher = algorithm.makeHasher()
                hasher.update(block)
                hasher.update(password)
                hasher.update(salt)
                block = hasher.finalize()
                for _ in 1..<rounds { block = algorithm.hash(block) }
                derived += block
            }
            return wordArray(call.realm, derived)
        }
        // aes(encrypting, modeName, keyWords, keySigBytes, ivWords, words, wordCount): whole blocks in, whole
        // blocks out; missing words read as zero, as crypto-js's `undefined ^ x` does.
        define("aes", 7) { call throws(JSThrow) in
            try aes(call)
        }
        // stringify(encoding, words, sigBytes): the encoders' hot path, 'hex', 'latin1', 'utf8' or 'base64'.
        define("stringify", 3) { call throws(JSThrow) in
            try stringify(call)
        }
        // utf8Parse(text): { words, sigBytes } of the UTF-8 encoding; a lone surrogate throws URIError, as
        // crypto-js's encodeURIComponent does.
        define("utf8Parse", 1) { call throws(JSThrow) in
            try utf8Parse(call)
        }
        // random(byteCount): ceil(byteCount / 4) words from the system's secure random source.
        define("random", 1) { call throws(JSThrow) in
            let count = try call.realm.toNumber(call[0])
            let wordCount = count > 0 ? Int(min((count / 4).rounded(.up), Double(byteLimit / 4))) : 0
            do {
                return wordArray(call.realm, try SystemRandom.bytes(count: wordCount * 4))
            } catch {
                throw call.realm.throwError("Error", "\(error)")
            }
        }
        return natives
    }

    private static func aes(_ call: NativeCall) throws(JSThrow) -> JSValue {
        let realm = call.realm
        let encrypting = SandboxHost.truthy(call[0])
        let modeName = try SandboxHost.string(call, call[1])
        let keyBytes = try realm.toNumber(call[3])
        let keyWordCount = Int(keyBytes / 4)
        guard keyBytes >= 16, keyBytes <= 1024, keyBytes.truncatingRemainder(dividingBy: 4) == 0 else {
            throw realm.throwError(
                "Error",
                "Postie's CryptoJS.AES needs a key of 16, 24 or 32 bytes (or a passphrase string), not \(number(keyBytes))")
        }
        // Larger keys of whole words get crypto-js's extension of the key schedule (more rounds), as it does.
        let cipher = AES(keyWords: try words(call, 2, count: keyWordCount))
        let ivBytes = AES.bytes(try words(call, 4, count: 4))
        let mode: AESBlockMode
        switch modeName {
        case "ECB": mode = .ecb
        case "CBC": mode = .cbc(iv: ivBytes)
        case "CFB": mode = .cfb(iv: ivBytes)
        case "OFB": mode = .ofb(iv: ivBytes)
        case "CTR": mode = .ctr(counter: ivBytes, increment: .lowWord)
        default: throw realm.throwError("TypeError", "Postie's CryptoJS.AES has no mode \(modeName)")
        }
        let count = try realm.toNumber(call[6])
        guard count >= 0, count <= Double(byteLimit / 4) else {
            throw realm.throwError("RangeError", "CryptoJS.AES: message too long")
        }
        var data = try words(call, 5, count: Int(count) / 4 * 4)
        do {
            try cipher.transform(&data, mode: mode, encrypting: encrypting)
        } catch {
            throw realm.throwError("Error", "\(error)")
        }
        return .object(realm.newArray(data.map { .number(Double(Int32(bitPattern: $0))) }))
    }

    private static func stringify(_ call: NativeCall) throws(JSThrow) -> JSValue {
        let realm = call.realm
        let encoding = try SandboxHost.string(call, call[0])
        let data = try bytes(call, 1)
        switch encoding {
        case "hex":
            return .string(JSString(Hex.encode(data)))
        case "latin1":
            return .string(JSString(units: data.map { UInt16($0) }))
        case "base64":
            return .string(JSString(Base64.encode(data)))
        default:
            // decodeURIComponent(escape(…)) in crypto-js: the same strict UTF-8 (no overlongs or surrogates).
            guard let text = String(validating: data, as: UTF8.self) else {
                throw realm.throwError("Error", "Malformed UTF-8 data")
            }
            return .string(JSString(text))
        }
    }

    private static func utf8Parse(_ call: NativeCall) throws(JSThrow) -> JSValue {
        let realm = call.realm
        let units = try realm.toString(call[0]).units
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            var scalar = UInt32(units[index])
            if scalar >= 0xD800 && scalar <= 0xDFFF {
                guard scalar <= 0xDBFF, index + 1 < units.count, units[index + 1] >= 0xDC00, units[index + 1] <= 0xDFFF
                else { throw realm.throwError("URIError", "URI malformed") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(units[index + 1]) - 0xDC00)
                index += 1
            }
            index += 1
            if let value = Unicode.Scalar(scalar) { UTF8.encode(value) { bytes.append($0) } }
        }
        let result = realm.newObject()
        realm.defineValue(result, "words", wordArray(realm, bytes))
        realm.defineValue(result, "sigBytes", .number(Double(bytes.count)))
        return .object(result)
    }

    private static func hashAlgorithm(_ call: NativeCall) throws(JSThrow) -> HashAlgorithm {
        guard let name = call[0].asString, let algorithm = HashAlgorithm(name: name), algorithm != .md4,
            algorithm != .sha512_256
        else {
            throw call.realm.throwError(
                "TypeError", "Postie's CryptoJS hashes with MD5, SHA1, SHA224, SHA256, SHA384 and SHA512 only")
        }
        return algorithm
    }

    /// How many digest-sized blocks crypto-js's `while (words.length < keySize)` loop appends.
    private static func derivedBlockCount(_ call: NativeCall, blockWords: Int) throws(JSThrow) -> Int {
        let keySize = try call.realm.toNumber(call[6])
        guard keySize > 0 else { return 0 }
        guard keySize * 4 <= Double(byteLimit) else {
            throw call.realm.throwError("RangeError", "CryptoJS: keySize \(number(keySize)) is too large")
        }
        return Int((keySize / Double(blockWords)).rounded(.up))
    }

    /// crypto-js runs `for (i = 1; i < iterations; i++)` after the first round, so anything below 2 (or not a
    /// number) means one round.
    private static func iterations(_ call: NativeCall, _ index: Int) throws(JSThrow) -> Int {
        let value = try call.realm.toNumber(call[index])
        guard value > 1 else { return 1 }
        return Int(min(value.rounded(.up), Double(Int32.max)))
    }

    /// The significant bytes of the word array at `index`, whose byte count is at `index + 1`.
    private static func bytes(_ call: NativeCall, _ index: Int) throws(JSThrow) -> [UInt8] {
        let size = try call.realm.toNumber(call[index + 1])
        guard size > 0 else { return [] }
        let count = Int(min(size.rounded(.up), Double(Int32.max)))
        let all = AES.bytes(try words(call, index, count: (count + 3) / 4))
        return Array(all.prefix(count))
    }

    /// The first `count` words of the array at `index` as unsigned values, missing ones zero.
    private static func words(_ call: NativeCall, _ index: Int, count: Int) throws(JSThrow) -> [UInt32] {
        var result = [UInt32](repeating: 0, count: count)
        guard case .object(let array) = call[index], let elements = array.arrayElements else { return result }
        for position in 0..<min(count, elements.count) {
            let element = elements[position]
            let value: Double
            if case .number(let number) = element { value = number } else { value = try call.realm.toNumber(element) }
            result[position] = uint32(value)
        }
        return result
    }

    /// ECMAScript's ToUint32.
    private static func uint32(_ value: Double) -> UInt32 {
        guard value.isFinite else { return 0 }
        let wrapped = value.rounded(.towardZero).truncatingRemainder(dividingBy: 4_294_967_296)
        return UInt32(wrapped < 0 ? wrapped + 4_294_967_296 : wrapped)
    }

    /// Bytes as crypto-js words: big-endian, signed, the last one zero-filled.
    private static func wordArray(_ realm: Realm, _ bytes: [UInt8]) -> JSValue {
        var values: [JSValue] = []
        values.reserveCapacity((bytes.count + 3) / 4)
        var index = 0
        while index < bytes.count {
            var word: UInt32 = 0
            for offset in 0..<4 {
                word <<= 8
                if index + offset < bytes.count { word |= UInt32(bytes[index + offset]) }
            }
            values.append(.number(Double(Int32(bitPattern: word))))
            index += 4
        }
        return .object(realm.newArray(values))
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
