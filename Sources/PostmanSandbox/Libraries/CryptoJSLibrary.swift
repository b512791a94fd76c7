/// CryptoJS, written for Postie on the `Crypto` target: the global `CryptoJS` and `require('crypto-js')` (crypto-js 3.3.0).
///
/// The object model (`Base.extend`/`create`, `WordArray`, encoders, paddings, formats, cipher parameters) is
/// JavaScript; hashing, HMAC, the key derivations, AES and random bytes are Swift behind `native`
/// (`CryptoJSLibrary+Natives.swift`). Data crosses as crypto-js's signed 32-bit words and a byte count.
enum CryptoJSLibrary {
    static var cryptoJS: ScriptLibrary {
        ScriptLibrary(fileName: "crypto-js.js", cryptoJSSource, cipherSource, natives: natives)
    }

    static let cryptoJSSource = ##"""
//- $namespace
function namespace(units) {
  var space = {};
  Object.keys(units).forEach(function (name) {
    function settle(value) {
      Object.defineProperty(space, name, { value: value, writable: true, enumerable: true, configurable: true });
      return value;
    }
    Object.defineProperty(space, name, {
      get: function () { return settle(lib[units[name]]); }, set: settle, enumerable: true, configurable: true
    });
  });
  return space;
}

//- lib
lib.$namespace({
  Base: '$Base', WordArray: '$WordArray', Hasher: '$Hasher', Cipher: '$Cipher', BlockCipher: '$Cipher',
  CipherParams: '$CipherParams', SerializableCipher: '$SerializableCipher', PasswordBasedCipher: '$PasswordBasedCipher'
})

//- enc
lib.$namespace({
  Hex: '$Hex', Latin1: '$Latin1', Utf8: '$Utf8', Base64: '$Base64', Utf16: '$Utf16', Utf16BE: '$Utf16',
  Utf16LE: '$Utf16LE'
})

//- algo
lib.$namespace({
  MD5: '$MD5', SHA1: '$SHA1', SHA256: '$SHA256', SHA224: '$SHA224', SHA512: '$SHA512', SHA384: '$SHA384',
  HMAC: '$HMAC', PBKDF2: '$PBKDF2', EvpKDF: '$EvpKDF', AES: '$AES'
})

//- $Base
{
  extend: function (overrides) {
    var type = Object.create(this);
    if (overrides) type.mixIn(overrides);
    if (!type.hasOwnProperty('init') || this.init === type.init) {
      type.init = function () { type.$super.init.apply(this, arguments); };
    }
    type.init.prototype = type;
    type.$super = this;
    return type;
  },
  create: function () {
    var instance = this.extend();
    instance.init.apply(instance, arguments);
    return instance;
  },
  init: function () {},
  mixIn: function (properties) {
    for (var name in properties) {
      if (Object.prototype.hasOwnProperty.call(properties, name)) this[name] = properties[name];
    }
  },
  clone: function () { return this.init.prototype.extend(this); }
}

//- $WordArray
lib.$Base.extend({
  init: function (words, sigBytes) {
    words = this.words = words || [];
    this.sigBytes = sigBytes != undefined ? sigBytes : words.length * 4;
  },
  toString: function (encoder) { return (encoder || lib.$Hex).stringify(this); },
  concat: function (other) {
    var words = this.words, otherWords = other.words, size = this.sigBytes, otherSize = other.sigBytes, i;
    this.clamp();
    if (size % 4) {
      for (i = 0; i < otherSize; i++) {
        var byte = (otherWords[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff;
        words[(size + i) >>> 2] |= byte << (24 - ((size + i) % 4) * 8);
      }
    } else {
      for (i = 0; i < otherSize; i += 4) words[(size + i) >>> 2] = otherWords[i >>> 2];
    }
    this.sigBytes += otherSize;
    return this;
  },
  clamp: function () {
    var words = this.words, size = this.sigBytes;
    words[size >>> 2] &= 0xffffffff << (32 - (size % 4) * 8);
    words.length = Math.ceil(size / 4);
  },
  clone: function () {
    var copy = lib.$Base.clone.call(this);
    copy.words = this.words.slice(0);
    return copy;
  },
  random: function (byteCount) { return new lib.$WordArray.init(native.random(byteCount), byteCount); }
})

//- $message
function message(data) {
  return typeof data == 'string' ? lib.$Utf8.parse(data) : data;
}

//- $Hex
{
  stringify: function (wordArray) { return native.stringify('hex', wordArray.words, wordArray.sigBytes); },
  parse: function (text) {
    var words = [];
    for (var i = 0; i < text.length; i += 2) {
      words[i >>> 3] |= parseInt(text.substr(i, 2), 16) << (24 - (i % 8) * 4);
    }
    return new lib.$WordArray.init(words, text.length / 2);
  }
}

//- $Latin1
{
  stringify: function (wordArray) { return native.stringify('latin1', wordArray.words, wordArray.sigBytes); },
  parse: function (text) {
    var words = [];
    for (var i = 0; i < text.length; i++) {
      words[i >>> 2] |= (text.charCodeAt(i) & 0xff) << (24 - (i % 4) * 8);
    }
    return new lib.$WordArray.init(words, text.length);
  }
}

//- $Utf8
{
  stringify: function (wordArray) { return native.stringify('utf8', wordArray.words, wordArray.sigBytes); },
  parse: function (text) {
    var encoded = native.utf8Parse(text);
    return new lib.$WordArray.init(encoded.words, encoded.sigBytes);
  }
}

//- $Utf16
{
  stringify: function (wordArray) { return lib.$utf16Stringify(wordArray, false); },
  parse: function (text) { return lib.$utf16Parse(text, false); }
}

//- $Utf16LE
{
  stringify: function (wordArray) { return lib.$utf16Stringify(wordArray, true); },
  parse: function (text) { return lib.$utf16Parse(text, true); }
}

//- $utf16Stringify
function utf16Stringify(wordArray, littleEndian) {
  var words = wordArray.words, text = [];
  for (var i = 0; i < wordArray.sigBytes; i += 2) {
    var unit = (words[i >>> 2] >>> (16 - (i % 4) * 8)) & 0xffff;
    if (littleEndian) unit = ((unit << 8) & 0xff00) | ((unit >>> 8) & 0x00ff);
    text.push(String.fromCharCode(unit));
  }
  return text.join('');
}

//- $utf16Parse
function utf16Parse(text, littleEndian) {
  var words = [];
  for (var i = 0; i < text.length; i++) {
    var unit = text.charCodeAt(i);
    if (littleEndian) unit = ((unit << 8) & 0xff00) | ((unit >>> 8) & 0x00ff);
    words[i >>> 1] |= unit << (16 - (i % 2) * 16);
  }
  return new lib.$WordArray.init(words, text.length * 2);
}

//- $Base64
{
  stringify: function (wordArray) {
    if (this._map !== lib.$base64Alphabet) return lib.$base64Stringify.call(this, wordArray);
    wordArray.clamp();
    return native.stringify('base64', wordArray.words, wordArray.sigBytes);
  },
  parse: function (text) { return lib.$base64Parse.call(this, text); },
  _map: lib.$base64Alphabet
}

//- $base64Alphabet
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/='

//- $base64Stringify
function base64Stringify(wordArray) {
  var words = wordArray.words, size = wordArray.sigBytes, map = this._map, text = [];
  wordArray.clamp();
  for (var i = 0; i < size; i += 3) {
    var triplet = 0;
    for (var k = 0; k < 3; k++) {
      triplet = (triplet << 8) | ((words[(i + k) >>> 2] >>> (24 - ((i + k) % 4) * 8)) & 0xff);
    }
    for (var j = 0; j < 4 && i + j * 0.75 < size; j++) text.push(map.charAt((triplet >>> (6 * (3 - j))) & 0x3f));
  }
  var padding = map.charAt(64);
  if (padding) while (text.length % 4) text.push(padding);
  return text.join('');
}

//- $base64Parse
function base64Parse(text) {
  var map = this._map, values = this._reverseMap;
  if (!values || this._reverseMapFor !== map) {
    values = this._reverseMap = [];
    this._reverseMapFor = map;
    for (var m = 0; m < map.length; m++) values[map.charCodeAt(m)] = m;
  }
  var length = text.length, padding = map.charAt(64);
  if (padding && text.indexOf(padding) !== -1) length = text.indexOf(padding);
  var words = [], count = 0;
  for (var i = 0; i < length; i++) {
    if (i % 4) {
      var high = values[text.charCodeAt(i - 1)] << ((i % 4) * 2);
      var low = values[text.charCodeAt(i)] >>> (6 - (i % 4) * 2);
      words[count >>> 2] |= (high | low) << (24 - (count % 4) * 8);
      count++;
    }
  }
  return new lib.$WordArray.init(words, count);
}

//- $Hasher
lib.$Base.extend({
  cfg: lib.$Base.extend(),
  blockSize: 16,
  init: function (cfg) {
    this.cfg = this.cfg.extend(cfg);
    this.reset();
  },
  reset: function () { this._data = new lib.$WordArray.init(); },
  update: function (data) {
    this._data.concat(lib.$message(data));
    return this;
  },
  finalize: function (data) {
    if (data) this.update(data);
    var digest = native.hash(this.$algorithm, this._data.words, this._data.sigBytes);
    return new lib.$WordArray.init(digest, digest.length * 4);
  }
})

//- $hashHelper
function hashHelper(hasher) {
  return function (data, cfg) { return new hasher.init(cfg).finalize(data); };
}

//- $hmacHelper
function hmacHelper(hasher) {
  return function (data, key) { return new lib.$HMAC.init(hasher, key).finalize(data); };
}

//- $MD5
lib.$Hasher.extend({ $algorithm: 'MD5' })

//- $SHA1
lib.$Hasher.extend({ $algorithm: 'SHA-1' })

//- $SHA256
lib.$Hasher.extend({ $algorithm: 'SHA-256' })

//- $SHA224
lib.$Hasher.extend({ $algorithm: 'SHA-224' })

//- $SHA512
lib.$Hasher.extend({ $algorithm: 'SHA-512', blockSize: 32 })

//- $SHA384
lib.$Hasher.extend({ $algorithm: 'SHA-384', blockSize: 32 })

//- MD5
lib.$hashHelper(lib.$MD5)

//- SHA1
lib.$hashHelper(lib.$SHA1)

//- SHA256
lib.$hashHelper(lib.$SHA256)

//- SHA224
lib.$hashHelper(lib.$SHA224)

//- SHA512
lib.$hashHelper(lib.$SHA512)

//- SHA384
lib.$hashHelper(lib.$SHA384)

//- HmacMD5
lib.$hmacHelper(lib.$MD5)

//- HmacSHA1
lib.$hmacHelper(lib.$SHA1)

//- HmacSHA256
lib.$hmacHelper(lib.$SHA256)

//- HmacSHA224
lib.$hmacHelper(lib.$SHA224)

//- HmacSHA512
lib.$hmacHelper(lib.$SHA512)

//- HmacSHA384
lib.$hmacHelper(lib.$SHA384)

//- $HMAC
lib.$Base.extend({
  init: function (hasher, key) {
    hasher = this._hasher = new hasher.init();
    if (typeof key == 'string') key = lib.$Utf8.parse(key);
    if (key.sigBytes > hasher.blockSize * 4) key = hasher.finalize(key);
    key.clamp();
    this._key = key;
    this.reset();
  },
  reset: function () { this._data = new lib.$WordArray.init(); },
  update: function (data) {
    this._data.concat(lib.$message(data));
    return this;
  },
  finalize: function (data) {
    if (data) this.update(data);
    var key = this._key, digest = native.hmac(this._hasher.$algorithm, key.words, key.sigBytes,
      this._data.words, this._data.sigBytes);
    return new lib.$WordArray.init(digest, digest.length * 4);
  }
})

//- $PBKDF2
lib.$Base.extend({
  cfg: lib.$Base.extend({ keySize: 128 / 32, hasher: lib.$SHA1, iterations: 1 }),
  init: function (cfg) { this.cfg = this.cfg.extend(cfg); },
  compute: function (password, salt) {
    var cfg = this.cfg;
    password = lib.$message(password);
    salt = lib.$message(salt);
    var words = native.pbkdf2(cfg.hasher.$algorithm, password.words, password.sigBytes, salt.words, salt.sigBytes,
      cfg.iterations, cfg.keySize);
    return lib.$WordArray.create(words, cfg.keySize * 4);
  }
})

//- $EvpKDF
lib.$Base.extend({
  cfg: lib.$Base.extend({ keySize: 128 / 32, hasher: lib.$MD5, iterations: 1 }),
  init: function (cfg) { this.cfg = this.cfg.extend(cfg); },
  compute: function (password, salt) {
    var cfg = this.cfg;
    password = lib.$message(password);
    salt = salt ? lib.$message(salt) : new lib.$WordArray.init();
    var words = native.evpKDF(cfg.hasher.$algorithm, password.words, password.sigBytes, salt.words, salt.sigBytes,
      cfg.iterations, cfg.keySize);
    return lib.$WordArray.create(words, cfg.keySize * 4);
  }
})

//- PBKDF2
function PBKDF2(password, salt, cfg) { return lib.$PBKDF2.create(cfg).compute(password, salt); }

//- EvpKDF
function EvpKDF(password, salt, cfg) { return lib.$EvpKDF.create(cfg).compute(password, salt); }
"""##

    /// The cipher half: AES with its modes, paddings, formats and the OpenSSL passphrase scheme.
    static let cipherSource = ##"""
//- mode
lib.$namespace({ CBC: '$CBC', ECB: '$ECB', CTR: '$CTR', CFB: '$CFB', OFB: '$OFB' })

//- pad
lib.$namespace({
  Pkcs7: '$Pkcs7', NoPadding: '$NoPadding', ZeroPadding: '$ZeroPadding', AnsiX923: '$AnsiX923',
  Iso10126: '$Iso10126', Iso97971: '$Iso97971'
})

//- format
lib.$namespace({ OpenSSL: '$OpenSSLFormat', Hex: '$HexFormat' })

//- kdf
lib.$namespace({ OpenSSL: '$OpenSSLKdf' })

//- $BlockCipherMode
lib.$Base.extend()

//- $CBC
lib.$BlockCipherMode.extend({ $name: 'CBC' })

//- $ECB
lib.$BlockCipherMode.extend({ $name: 'ECB' })

//- $CTR
lib.$BlockCipherMode.extend({ $name: 'CTR' })

//- $CFB
lib.$BlockCipherMode.extend({ $name: 'CFB' })

//- $OFB
lib.$BlockCipherMode.extend({ $name: 'OFB' })

//- $Pkcs7
{
  pad: function (data, blockSize) {
    var size = blockSize * 4, count = size - (data.sigBytes % size);
    var word = (count << 24) | (count << 16) | (count << 8) | count, words = [];
    for (var i = 0; i < count; i += 4) words.push(word);
    data.concat(lib.$WordArray.create(words, count));
  },
  unpad: function (data) { data.sigBytes -= data.words[(data.sigBytes - 1) >>> 2] & 0xff; }
}

//- $AnsiX923
{
  pad: function (data, blockSize) {
    var size = blockSize * 4, end = data.sigBytes + size - (data.sigBytes % size) - 1;
    data.clamp();
    data.words[end >>> 2] |= (size - (data.sigBytes % size)) << (24 - (end % 4) * 8);
    data.sigBytes = end + 1;
  },
  unpad: lib.$Pkcs7.unpad
}

//- $Iso10126
{
  pad: function (data, blockSize) {
    var count = blockSize * 4 - (data.sigBytes % (blockSize * 4));
    data.concat(lib.$WordArray.random(count - 1)).concat(lib.$WordArray.create([count << 24], 1));
  },
  unpad: lib.$Pkcs7.unpad
}

//- $Iso97971
{
  pad: function (data, blockSize) {
    data.concat(lib.$WordArray.create([0x80000000], 1));
    lib.$ZeroPadding.pad(data, blockSize);
  },
  unpad: function (data) {
    lib.$ZeroPadding.unpad(data);
    data.sigBytes--;
  }
}

//- $NoPadding
{ pad: function () {}, unpad: function () {} }

//- $ZeroPadding
{
  pad: function (data, blockSize) {
    var size = blockSize * 4;
    data.clamp();
    data.sigBytes += size - ((data.sigBytes % size) || size);
  },
  unpad: function (data) {
    var words = data.words, i = data.sigBytes - 1;
    // crypto-js loops forever on all-zero data; stopping at the start gives the empty result it never returns.
    while (i >= 0 && !((words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff)) i--;
    data.sigBytes = i + 1;
  }
}

//- $Cipher
lib.$Base.extend({
  cfg: lib.$Base.extend({ mode: lib.$CBC, padding: lib.$Pkcs7 }),
  keySize: 128 / 32,
  ivSize: 128 / 32,
  blockSize: 128 / 32,
  _ENC_XFORM_MODE: 1,
  _DEC_XFORM_MODE: 2,
  createEncryptor: function (key, cfg) { return this.create(this._ENC_XFORM_MODE, key, cfg); },
  createDecryptor: function (key, cfg) { return this.create(this._DEC_XFORM_MODE, key, cfg); },
  init: function (direction, key, cfg) {
    this.cfg = this.cfg.extend(cfg);
    this._xformMode = direction;
    this._key = key;
    this.reset();
  },
  reset: function () { this._data = new lib.$WordArray.init(); },
  process: function (data) {
    this._data.concat(lib.$message(data));
    return new lib.$WordArray.init();
  },
  finalize: function (data) {
    if (data) this._data.concat(lib.$message(data));
    var cfg = this.cfg, input = this._data, encrypting = this._xformMode == this._ENC_XFORM_MODE;
    if (encrypting) cfg.padding.pad(input, this.blockSize);
    var blockBytes = this.blockSize * 4, wordCount = Math.ceil(input.sigBytes / blockBytes) * this.blockSize;
    var key = this._key;
    if (key == null) throw new TypeError('Cannot read properties of ' + key + " (reading 'words')");
    var iv = cfg.iv && cfg.iv.words, mode = cfg.mode && cfg.mode.$name;
    if (!mode) throw new TypeError('Postie supports CryptoJS.mode.CBC, ECB, CTR, CFB and OFB only');
    if (!iv && mode != 'ECB') {
      throw new TypeError("Cannot read properties of undefined (reading '" + (mode == 'CTR' ? 'slice' : '0') + "')");
    }
    var words = native.aes(encrypting, mode, key.words, key.sigBytes, iv, input.words, wordCount);
    var output = new lib.$WordArray.init(words, Math.min(wordCount * 4, input.sigBytes));
    this.reset();
    if (!encrypting) cfg.padding.unpad(output);
    return output;
  }
})

//- $AES
lib.$Cipher.extend({ keySize: 256 / 32 })

//- AES
{
  encrypt: function (message, key, cfg) {
    return (typeof key == 'string' ? lib.$PasswordBasedCipher : lib.$SerializableCipher)
      .encrypt(lib.$AES, message, key, cfg);
  },
  decrypt: function (ciphertext, key, cfg) {
    return (typeof key == 'string' ? lib.$PasswordBasedCipher : lib.$SerializableCipher)
      .decrypt(lib.$AES, ciphertext, key, cfg);
  }
}

//- $CipherParams
lib.$Base.extend({
  init: function (cipherParams) { this.mixIn(cipherParams); },
  toString: function (formatter) { return (formatter || this.formatter).stringify(this); }
})

//- $OpenSSLFormat
{
  stringify: function (cipherParams) {
    var ciphertext = cipherParams.ciphertext, salt = cipherParams.salt;
    var whole = salt ? lib.$WordArray.create([0x53616c74, 0x65645f5f]).concat(salt).concat(ciphertext) : ciphertext;
    return whole.toString(lib.$Base64);
  },
  parse: function (text) {
    var ciphertext = lib.$Base64.parse(text), words = ciphertext.words, salt;
    if (words[0] == 0x53616c74 && words[1] == 0x65645f5f) {
      salt = lib.$WordArray.create(words.slice(2, 4));
      words.splice(0, 4);
      ciphertext.sigBytes -= 16;
    }
    return lib.$CipherParams.create({ ciphertext: ciphertext, salt: salt });
  }
}

//- $HexFormat
{
  stringify: function (cipherParams) { return cipherParams.ciphertext.toString(lib.$Hex); },
  parse: function (text) { return lib.$CipherParams.create({ ciphertext: lib.$Hex.parse(text) }); }
}

//- $SerializableCipher
lib.$Base.extend({
  cfg: lib.$Base.extend({ format: lib.$OpenSSLFormat }),
  encrypt: function (cipher, message, key, cfg) {
    cfg = this.cfg.extend(cfg);
    var encryptor = cipher.createEncryptor(key, cfg), ciphertext = encryptor.finalize(message), used = encryptor.cfg;
    return lib.$CipherParams.create({
      ciphertext: ciphertext, key: key, iv: used.iv, algorithm: cipher, mode: used.mode, padding: used.padding,
      blockSize: cipher.blockSize, formatter: cfg.format
    });
  },
  decrypt: function (cipher, ciphertext, key, cfg) {
    cfg = this.cfg.extend(cfg);
    ciphertext = this._parse(ciphertext, cfg.format);
    return cipher.createDecryptor(key, cfg).finalize(ciphertext.ciphertext);
  },
  _parse: function (ciphertext, format) {
    return typeof ciphertext == 'string' ? format.parse(ciphertext, this) : ciphertext;
  }
})

//- $OpenSSLKdf
{
  execute: function (password, keySize, ivSize, salt) {
    if (!salt) salt = lib.$WordArray.random(64 / 8);
    var key = lib.$EvpKDF.create({ keySize: keySize + ivSize }).compute(password, salt);
    var iv = lib.$WordArray.create(key.words.slice(keySize), ivSize * 4);
    key.sigBytes = keySize * 4;
    return lib.$CipherParams.create({ key: key, iv: iv, salt: salt });
  }
}

//- $PasswordBasedCipher
lib.$SerializableCipher.extend({
  cfg: lib.$SerializableCipher.cfg.extend({ kdf: lib.$OpenSSLKdf }),
  encrypt: function (cipher, message, password, cfg) {
    cfg = this.cfg.extend(cfg);
    var derived = cfg.kdf.execute(password, cipher.keySize, cipher.ivSize);
    cfg.iv = derived.iv;
    var ciphertext = lib.$SerializableCipher.encrypt.call(this, cipher, message, derived.key, cfg);
    ciphertext.mixIn(derived);
    return ciphertext;
  },
  decrypt: function (cipher, ciphertext, password, cfg) {
    cfg = this.cfg.extend(cfg);
    ciphertext = this._parse(ciphertext, cfg.format);
    var derived = cfg.kdf.execute(password, cipher.keySize, cipher.ivSize, ciphertext.salt);
    cfg.iv = derived.iv;
    return lib.$SerializableCipher.decrypt.call(this, cipher, ciphertext, derived.key, cfg);
  }
})
"""##
}
