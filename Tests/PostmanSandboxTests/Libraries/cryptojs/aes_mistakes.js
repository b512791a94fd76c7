// What crypto-js 3.3.0 does with the usual mistakes in AES calls: no IV in CBC/CTR/CFB/OFB (a TypeError from
// inside crypto-js), an IV given as a string (ignored, so the same TypeError), a missing key, and keys of whole
// words that aren't AES sizes (crypto-js just runs more rounds; a 64-character hex key parsed as UTF-8 is the
// common case). Recorded with crypto-js 3.3.0 under node.
var key = CryptoJS.enc.Hex.parse('000102030405060708090a0b0c0d0e0f');
['CBC', 'CTR', 'CFB', 'OFB'].forEach(function (mode) {
  try {
    CryptoJS.AES.encrypt('text', key, { mode: CryptoJS.mode[mode] });
  } catch (e) {
    console.log(mode, e.name, e.message);
  }
});
try { CryptoJS.AES.encrypt('text', key, { iv: '0123456789abcdef' }); } catch (e) { console.log(e.name, e.message); }
try { CryptoJS.AES.encrypt('text', undefined); } catch (e) { console.log(e.name, e.message); }
try { CryptoJS.AES.decrypt('abcd', key); } catch (e) { console.log(e.name, e.message); }
var hexAsText = CryptoJS.enc.Utf8.parse('603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4');
var iv = CryptoJS.enc.Utf8.parse('0123456789abcdef');
var odd = CryptoJS.AES.encrypt('{"amount":100}', hexAsText, { iv: iv });
console.log(hexAsText.sigBytes, odd.toString());
console.log(CryptoJS.AES.decrypt(odd.toString(), hexAsText, { iv: iv }).toString(CryptoJS.enc.Utf8));
var twenty = CryptoJS.enc.Utf8.parse('twenty-byte-key-1234');
var twentyResult = CryptoJS.AES.encrypt('hello', twenty, { iv: iv, mode: CryptoJS.mode.ECB });
console.log(twentyResult.toString(), CryptoJS.AES.decrypt(twentyResult, twenty, { mode: CryptoJS.mode.ECB }).toString(CryptoJS.enc.Utf8));
var utf8Key = CryptoJS.enc.Utf8.parse('my-32-character-long-secret-key!');
console.log(CryptoJS.AES.encrypt('card=4111111111111111', utf8Key, { iv: iv }).toString());
console.log(CryptoJS.AES.encrypt('card=4111111111111111', utf8Key, { iv: iv, mode: CryptoJS.mode.ECB }).toString());
CryptoJS.AES.encrypt('text', key, { mode: CryptoJS.mode.CBC });
// expect: CBC TypeError Cannot read properties of undefined (reading '0')
// expect: CTR TypeError Cannot read properties of undefined (reading 'slice')
// expect: CFB TypeError Cannot read properties of undefined (reading '0')
// expect: OFB TypeError Cannot read properties of undefined (reading '0')
// expect: TypeError Cannot read properties of undefined (reading '0')
// expect: TypeError Cannot read properties of undefined (reading 'words')
// expect: TypeError Cannot read properties of undefined (reading '0')
// expect: 64 hZwL7tD5ntvSfjhq3TKZcg==
// expect: {"amount":100}
// expect: aao5YkQs6Pk5SDo3pMu95A== hello
// expect: S2xwqqWrvbF/PM65E78R3PeDteHGIo3Sd5VggidP9VU=
// expect: BkIfNgHtoy/TMxCelFii0UDQY+s8hjra9dKbAHOt2Fc=
// expect error: TypeError: Cannot read properties of undefined (reading '0')
