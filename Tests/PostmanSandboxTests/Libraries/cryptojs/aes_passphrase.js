// CryptoJS.AES with a passphrase: OpenSSL's EVP_BytesToKey (EvpKDF, MD5, 1 iteration) and the "Salted__"
// format. The salt is random, so encryption is checked by shape and round trip, and exact bytes come from a fixed
// salt through CryptoJS.kdf.OpenSSL.execute and from ciphertexts made by crypto-js (and `openssl enc -aes-256-cbc
// -md md5`). Recorded with crypto-js 3.3.0 under node.
var encrypted = CryptoJS.AES.encrypt('Secret Passphrase message ✓', 'Secret Passphrase');
var text = encrypted.toString();
console.log(text.slice(0, 10), text.length, /^[A-Za-z0-9+/]+=*$/.test(text));
console.log(encrypted.salt.sigBytes, encrypted.key.sigBytes, encrypted.iv.sigBytes, encrypted.key.words.length);
console.log(encrypted.ciphertext.sigBytes, encrypted.mode === CryptoJS.mode.CBC, encrypted.algorithm === CryptoJS.algo.AES);
console.log(CryptoJS.AES.decrypt(text, 'Secret Passphrase').toString(CryptoJS.enc.Utf8));
console.log(CryptoJS.AES.decrypt(encrypted, 'Secret Passphrase').toString(CryptoJS.enc.Utf8));
console.log(CryptoJS.AES.encrypt('same', 'pw').toString() !== CryptoJS.AES.encrypt('same', 'pw').toString());
console.log(CryptoJS.AES.decrypt(CryptoJS.AES.encrypt('', 'pw'), 'pw').toString(CryptoJS.enc.Utf8) === '');
var long = new Array(1001).join('0123456789');
console.log(CryptoJS.AES.decrypt(CryptoJS.AES.encrypt(long, 'pw'), 'pw').toString(CryptoJS.enc.Utf8) === long);
var ecb = CryptoJS.AES.encrypt('ecb message', 'pw', { mode: CryptoJS.mode.ECB });
console.log(CryptoJS.AES.decrypt(ecb.toString(), 'pw', { mode: CryptoJS.mode.ECB }).toString(CryptoJS.enc.Utf8));
var ctr = CryptoJS.AES.encrypt('ctr message', 'pw', { mode: CryptoJS.mode.CTR, padding: CryptoJS.pad.NoPadding });
console.log(ctr.ciphertext.sigBytes, CryptoJS.AES.decrypt(ctr, 'pw', { mode: CryptoJS.mode.CTR, padding: CryptoJS.pad.NoPadding }).toString(CryptoJS.enc.Utf8));

var salt = CryptoJS.enc.Hex.parse('0a0b0c0d0e0f1011');
var derived = CryptoJS.kdf.OpenSSL.execute('Secret Passphrase', 8, 4, salt);
console.log(derived.key.toString(), JSON.stringify(derived.key.words), derived.key.sigBytes);
console.log(derived.iv.toString(), derived.salt === salt);
var fixed = CryptoJS.AES.encrypt('Message', derived.key, { iv: derived.iv });
fixed.salt = salt;
console.log(fixed.toString());
console.log(CryptoJS.AES.decrypt(fixed.toString(), 'Secret Passphrase').toString(CryptoJS.enc.Utf8));
console.log(CryptoJS.format.OpenSSL.stringify(CryptoJS.lib.CipherParams.create({ ciphertext: fixed.ciphertext })));
var parsed = CryptoJS.format.OpenSSL.parse(fixed.toString());
console.log(parsed.salt.toString(), parsed.ciphertext.toString(), parsed.ciphertext.sigBytes, JSON.stringify(parsed.ciphertext.words));
var unsalted = CryptoJS.format.OpenSSL.parse('7r8s9t0=');
console.log(unsalted.salt, unsalted.ciphertext.toString());
var small = CryptoJS.kdf.OpenSSL.execute('pw', 4, 4, CryptoJS.enc.Hex.parse('0001020304050607'));
console.log(small.key.toString(), small.iv.toString(), JSON.stringify(small.key.words));
console.log(CryptoJS.kdf.OpenSSL.execute('pw', 8, 4).salt.sigBytes);

['U2FsdGVkX1/I4E1qlNlZZ923A/k6SlkuekfozSMLf6I=', 'U2FsdGVkX18AAQIDBAUGB4YeIw1biIGwxcU5roKp8TA='].forEach(function (ciphertext) {
  console.log(CryptoJS.AES.decrypt(ciphertext, 'pw').toString(CryptoJS.enc.Utf8));
});
// openssl enc -aes-256-cbc -md md5 -S 0001020304050607 -k "openssl pass" of "from openssl\n"
console.log(JSON.stringify(CryptoJS.AES.decrypt('U2FsdGVkX18AAQIDBAUGB7MM56vOIHOv7mD2Yro8xzI=', 'openssl pass').toString(CryptoJS.enc.Latin1)));
var wrong = CryptoJS.AES.decrypt(text, 'wrong passphrase');
var result;
try { result = JSON.stringify(wrong.toString(CryptoJS.enc.Utf8)); } catch (e) { result = e.message; }
console.log(typeof result);
console.log(CryptoJS.AES.decrypt('U2FsdGVkX1/I4E1qlNlZZ923A/k6SlkuekfozSMLf6I=', 'wrong').toString(CryptoJS.enc.Utf8) === '');
// expect: U2FsdGVkX1 64 true
// expect: 8 32 16 12
// expect: 32 true true
// expect: Secret Passphrase message ✓
// expect: Secret Passphrase message ✓
// expect: true
// expect: true
// expect: true
// expect: ecb message
// expect: 11 ctr message
// expect: de71389e4748f1f6d96542078313911f077bc4a468a8b86754bd7fd08f127a26 [-563005282,1195962870,-647675385,-2095869665,125551780,1755887719,1421705168,-1894614490,-2057543431,-1843840203,1082939934,196033052] 32
// expect: 855c60f992193b35408c5a1e0baf3a1c true
// expect: U2FsdGVkX18KCwwNDg8QEbDhqOOyWF/+0FBRAM7UKXY=
// expect: Message
// expect: sOGo47JYX/7QUFEAztQpdg==
// expect: 0a0b0c0d0e0f1011 b0e1a8e3b2585ffed0505100ced42976 16 [-1327388445,-1302831106,-800042752,-824956554]
// expect: undefined eebf2cf6dd
// expect: a55f79aa00e8dd0e7d3ce26ed40d7cd3 a029a787189b34d30d90860969005fcb [-1520469590,15260942,2101142126,-737313581,-1607882873,412824787,227575305,1761632203]
// expect: 8
// expect: hi
// expect: fixed salt
// expect: "from openssl\n"
// expect: string
// expect: true
