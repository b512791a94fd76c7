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
}
