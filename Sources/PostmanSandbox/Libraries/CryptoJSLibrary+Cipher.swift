extension CryptoJSLibrary {
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
