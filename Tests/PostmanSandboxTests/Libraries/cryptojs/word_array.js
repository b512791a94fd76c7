// CryptoJS.lib.WordArray: create (with and without sigBytes), concat at aligned and unaligned offsets, clamp,
// clone independence, toString with and without an encoder, random's shape, and the Base object model.
// Recorded with crypto-js 3.3.0 under node.
var WordArray = CryptoJS.lib.WordArray;
function show(wordArray) { return JSON.stringify(wordArray.words) + ' ' + wordArray.sigBytes; }
console.log(show(WordArray.create()), show(WordArray.create([1, 2])), show(WordArray.create([1, 2], 5)));
console.log(show(new WordArray.init([0x01020304], 2)), new WordArray.init([0x01020304], 2).toString());
console.log(WordArray.create([0x68656c6c, 0x6f000000], 5).toString(CryptoJS.enc.Utf8));
var a = WordArray.create([0x61626300], 3);
var b = WordArray.create([0x64656600], 3);
a.concat(b);
console.log(show(a), a.toString(CryptoJS.enc.Latin1));
var aligned = WordArray.create([0x11111111], 4).concat(WordArray.create([0x22222222, 0x33333333], 5));
console.log(show(aligned), aligned.toString());
var dirty = WordArray.create([0x616263ff, 0x12345678], 3);
dirty.concat(WordArray.create([0x78000000], 1));
console.log(show(dirty), dirty.toString());
var chained = WordArray.create().concat(CryptoJS.enc.Utf8.parse('ab')).concat(CryptoJS.enc.Utf8.parse('cde'));
console.log(show(chained), chained.toString(CryptoJS.enc.Utf8));
var clamped = WordArray.create([0x12345678, 0x9abcdef0, 0x0fedcba9], 5);
clamped.clamp();
console.log(show(clamped));
var whole = WordArray.create([0x12345678, 0x9abcdef0], 8);
whole.clamp();
console.log(show(whole));
var original = CryptoJS.enc.Hex.parse('01020304');
var copy = original.clone();
copy.words[0] = 7;
copy.sigBytes = 1;
console.log(show(original), show(copy), copy.toString());
console.log(CryptoJS.SHA256('x').clone().toString() === CryptoJS.SHA256('x').toString());
var random = WordArray.random(16);
console.log(random.sigBytes, random.words.length, random.toString().length, /^[0-9a-f]{32}$/.test(random.toString()));
var odd = WordArray.random(5);
console.log(odd.sigBytes, odd.words.length, odd.toString().length);
console.log(WordArray.random(0).toString() === '', WordArray.random(16).toString() !== WordArray.random(16).toString());
console.log(random.words.every(function (word) { return word === (word | 0); }));
console.log(String(CryptoJS.enc.Hex.parse('abcd')), CryptoJS.enc.Hex.parse('abcd') + '!');
var Point = CryptoJS.lib.Base.extend({ init: function (x) { this.x = x; }, double: function () { return this.x * 2; } });
var point = Point.create(21);
console.log(point.double(), Point.isPrototypeOf(point), point.x, point.clone().x);
var mixed = CryptoJS.lib.Base.create();
mixed.mixIn({ a: 1, b: 2 });
console.log(mixed.a + mixed.b, typeof CryptoJS.lib.WordArray.init, JSON.stringify(new WordArray.init([5], 4)));
// expect: [] 0 [1,2] 8 [1,2] 5
// expect: [16909060] 2 0102
// expect: hello
// expect: [1633837924,1701183488] 6 abcdef
// expect: [286331153,572662306,858993459] 9 111111112222222233
// expect: [1633837944] 4 61626378
// expect: [1633837924,1694498816] 5 abcde
// expect: [305419896,-1711276032] 5
// expect: [305419896,2596069104] 8
// expect: [16909060] 4 [7] 1 00
// expect: true
// expect: 16 4 32 true
// expect: 5 2 10
// expect: true true
// expect: true
// expect: abcd abcd!
// expect: 42 true 21 21
// expect: 3 function {"words":[5],"sigBytes":4}
