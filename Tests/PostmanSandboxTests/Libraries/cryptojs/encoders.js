// CryptoJS encoders: parse and stringify for Hex, Base64, Utf8, Latin1, Utf16 (BE) and Utf16LE, with the exact
// words and sigBytes they produce, odd lengths, invalid input, and Utf8's malformed-data error. Recorded with
// crypto-js 3.3.0 under node.
var enc = CryptoJS.enc;
function show(wordArray) { return JSON.stringify(wordArray.words) + ' ' + wordArray.sigBytes; }
['', 'a', 'ab', 'abc', 'abcd', 'abcde', 'héllo', '✓ 😀', 'line\nbreak\u0000nul'].forEach(function (text) {
  var utf8 = enc.Utf8.parse(text);
  console.log(JSON.stringify(text), show(utf8), enc.Hex.stringify(utf8), enc.Base64.stringify(utf8),
    enc.Utf8.stringify(utf8) === text, utf8.toString(enc.Utf16), show(enc.Utf16.parse(text)),
    show(enc.Utf16LE.parse(text)), enc.Utf16LE.stringify(enc.Utf16LE.parse(text)) === text,
    show(enc.Latin1.parse(text)), JSON.stringify(enc.Latin1.stringify(utf8)));
});
console.log(show(enc.Hex.parse('00112233445566778899aabbccddeeff')));
console.log(show(enc.Hex.parse('DEADbeef')), enc.Hex.parse('DEADbeef').toString());
console.log(show(enc.Hex.parse('abc')), enc.Hex.parse('abc').toString());
console.log(show(enc.Hex.parse('zz12')), show(enc.Hex.parse('')));
['', 'YQ==', 'YWI=', 'YWJj', 'aGVsbG8gd29ybGQ=', 'aGVsbG8gd29ybGQ', 'w6k=', '////', 'a=bc', 'ab!c'].forEach(function (text) {
  var parsed = enc.Base64.parse(text);
  console.log(JSON.stringify(text), show(parsed), enc.Base64.stringify(parsed), enc.Latin1.stringify(parsed).length);
});
console.log(enc.Base64.stringify(enc.Hex.parse('fb ff'.replace(' ', ''))));
console.log(enc.Base64.stringify(CryptoJS.lib.WordArray.create([0x41424344, 0x45464748], 5)));
var dirty = CryptoJS.lib.WordArray.create([0x41424344, 0x45464748], 5);
enc.Base64.stringify(dirty);
console.log(JSON.stringify(dirty.words));
console.log(enc.Latin1.stringify(enc.Hex.parse('c3a9ff00')).length, enc.Utf8.stringify(enc.Hex.parse('c3a9')));
console.log(enc.Utf16.stringify(enc.Hex.parse('00480069d83dde00')), enc.Utf16BE === enc.Utf16);
console.log(enc.Utf16LE.stringify(enc.Hex.parse('48006900')));
console.log(enc.Utf16.stringify(CryptoJS.lib.WordArray.create([0x00410042], 3)));
console.log(enc.Base64.stringify(enc.Utf8.parse(JSON.stringify({ user: 'ada', scopes: ['read'] }))));
console.log(enc.Utf8.stringify(enc.Base64.parse('eyJ1c2VyIjoiYWRhIn0=')));
try { enc.Utf8.stringify(enc.Hex.parse('ff')); } catch (e) { console.log(e.name, e.message); }
try { enc.Utf8.stringify(enc.Hex.parse('c3')); } catch (e) { console.log(e.name, e.message); }
try { enc.Utf8.parse('\ud800'); } catch (e) { console.log(e.name); }
// expect: "" [] 0   true  [] 0 [] 0 true [] 0 ""
// expect: "a" [1627389952] 1 61 YQ== true 愀 [6356992] 2 [1627389952] 2 true [1627389952] 1 "a"
// expect: "ab" [1633812480] 2 6162 YWI= true 慢 [6357090] 4 [1627415040] 4 true [1633812480] 2 "ab"
// expect: "abc" [1633837824] 3 616263 YWJj true 慢挀 [6357090,6488064] 6 [1627415040,1660944384] 6 true [1633837824] 3 "abc"
// expect: "abcd" [1633837924] 4 61626364 YWJjZA== true 慢捤 [6357090,6488164] 8 [1627415040,1660969984] 8 true [1633837924] 4 "abcd"
// expect: "abcde" [1633837924,1694498816] 5 6162636465 YWJjZGU= true 慢捤攀 [6357090,6488164,6619136] 10 [1627415040,1660969984,1694498816] 10 true [1633837924,1694498816] 5 "abcde"
// expect: "héllo" [1757653356,1819213824] 6 68c3a96c6c6f aMOpbGxv true 棃ꥬ汯 [6815977,7077996,7274496] 10 [1744890112,1811966976,1862270976] 10 true [1760128108,1862270976] 5 "hÃ©llo"
// expect: "✓ 😀" [-493055200,-257976192] 8 e29c9320f09f9880 4pyTIPCfmIA= true 錠颀 [655556640,-667034112] 8 [321331200,1037566174] 8 true [320879872] 4 "â ð"
// expect: "line\nbreak\u0000nul" [1818848869,174223973,1634402414,1970012160] 14 6c696e650a627265616b006e756c bGluZQpicmVhawBudWw= true 汩湥੢牥慫n畬 [7077993,7209061,655458,7471205,6357099,110,7667820] 28 [1811966208,1845519616,167797248,1912628480,1627417344,28160,1962961920] 28 true [1818848869,174223973,1634402414,1970012160] 14 "line\nbreak\u0000nul"
// expect: [1122867,1146447479,-2003195205,-857870593] 16
// expect: [-559038737] 4 deadbeef
// expect: [-1425276928] 1.5 ab0c
// expect: [1179648] 2 [] 0
// expect: "" [] 0  0
// expect: "YQ==" [1627389952] 1 YQ== 1
// expect: "YWI=" [1633812480] 2 YWI= 2
// expect: "YWJj" [1633837824] 3 YWJj 3
// expect: "aGVsbG8gd29ybGQ=" [1751477356,1864398703,1919706112] 11 aGVsbG8gd29ybGQ= 11
// expect: "aGVsbG8gd29ybGQ" [1751477356,1864398703,1919706112] 11 aGVsbG8gd29ybGQ= 11
// expect: "w6k=" [-1012334592] 2 w6k= 2
// expect: "////" [-256] 3 //// 3
// expect: "a=bc" [] 0  0
// expect: "ab!c" [1773149184] 3 abAc 3
// expect: +/8=
// expect: QUJDREU=
// expect: [1094861636,1157627904]
// expect: 4 é
// expect: Hi😀 true
// expect: Hi
// expect: AB
// expect: eyJ1c2VyIjoiYWRhIiwic2NvcGVzIjpbInJlYWQiXX0=
// expect: {"user":"ada"}
// expect: Error Malformed UTF-8 data
// expect: Error Malformed UTF-8 data
// expect: URIError
