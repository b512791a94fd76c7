// Buffer.from and toString in every encoding Node knows, including Node's lenient base64 and hex decoding.
const bytes = (b) => JSON.stringify(b.toJSON().data);
const t = (s, e) => { try { console.log(JSON.stringify(s), e, bytes(Buffer.from(s, e))); } catch (x) { console.log(x.name, x.code, x.message); } };
t('hello', undefined); t('héllo €😀', 'utf8'); t('héllo', 'UTF-8'); t('\ud800x\udc00', 'utf8'); t('', 'utf8');
t('aGVsbG8=', 'base64'); t('aGVs bG8=\n', 'base64'); t('ab$cd', 'base64'); t('aGVsbG8=aGk=', 'base64');
t('a', 'base64'); t('ab', 'base64'); t('abc', 'base64'); t('-_-_', 'base64'); t('+/+/', 'base64url'); t('=abc', 'base64'); t('ab=c', 'base64');
t('SGk', 'base64url');
t('abc', 'hex'); t('0g12', 'hex'); t('1z', 'hex'); t('ABcd', 'hex'); t('00ff10', 'hex');
t('é€😀', 'latin1'); t('é€😀', 'binary'); t('é€😀', 'ascii'); t('é€😀', 'ucs2'); t('hi', 'utf16le'); t('hi', 'utf-16le');
t('x', 'foo'); t('x', 'UTF16');
const b = Buffer.from([0x68, 0xc3, 0xa9, 0x80, 0xff, 0x41, 0x00, 0xfe]);
['utf8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2'].forEach((e) => console.log(e, JSON.stringify(b.toString(e))));
console.log(JSON.stringify(Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0x80, 0xc0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xe2]).toString()));
console.log(Buffer.from([250, 251, 252, 253, 254]).toString('base64'), Buffer.from([250, 251, 252, 253, 254]).toString('base64url'));
console.log(Buffer.from([1]).toString('base64'), Buffer.from([1, 2]).toString('base64'), Buffer.from([]).toString('base64'));
console.log(Buffer.from('hello world').toString('utf8', 6), Buffer.from('hello world').toString('utf8', 2, 4), JSON.stringify(Buffer.from('hello').toString('utf8', 4, 2)));
console.log(Buffer.from('hello').toString(undefined, -3, 100), Buffer.from('hello').toString('hex', 1, 3));
console.log(Buffer.from('user:pass').toString('base64'), Buffer.from('dXNlcjpwYXNz', 'base64').toString());
console.log(String(Buffer.from('abc')), Buffer.from('abc') + '!', `${Buffer.from('xyz', 'latin1')}`);
// expect: "hello" undefined [104,101,108,108,111]
// expect: "héllo €😀" utf8 [104,195,169,108,108,111,32,226,130,172,240,159,152,128]
// expect: "héllo" UTF-8 [104,195,169,108,108,111]
// expect: "\ud800x\udc00" utf8 [239,191,189,120,239,191,189]
// expect: "" utf8 []
// expect: "aGVsbG8=" base64 [104,101,108,108,111]
// expect: "aGVs bG8=\n" base64 [104,101,108,108,111]
// expect: "ab$cd" base64 [105,183,29]
// expect: "aGVsbG8=aGk=" base64 [104,101,108,108,111]
// expect: "a" base64 []
// expect: "ab" base64 [105]
// expect: "abc" base64 [105,183]
// expect: "-_-_" base64 [251,255,191]
// expect: "+/+/" base64url [251,255,191]
// expect: "=abc" base64 []
// expect: "ab=c" base64 [105]
// expect: "SGk" base64url [72,105]
// expect: "abc" hex [171]
// expect: "0g12" hex []
// expect: "1z" hex []
// expect: "ABcd" hex [171,205]
// expect: "00ff10" hex [0,255,16]
// expect: "é€😀" latin1 [233,172,61,0]
// expect: "é€😀" binary [233,172,61,0]
// expect: "é€😀" ascii [233,172,61,0]
// expect: "é€😀" ucs2 [233,0,172,32,61,216,0,222]
// expect: "hi" utf16le [104,0,105,0]
// expect: "hi" utf-16le [104,0,105,0]
// expect: TypeError ERR_UNKNOWN_ENCODING Unknown encoding: foo
// expect: TypeError ERR_UNKNOWN_ENCODING Unknown encoding: UTF16
// expect: utf8 "hé��A\u0000�"
// expect: hex "68c3a980ff4100fe"
// expect: base64 "aMOpgP9BAP4="
// expect: base64url "aMOpgP9BAP4"
// expect: latin1 "hÃ©ÿA\u0000þ"
// expect: binary "hÃ©ÿA\u0000þ"
// expect: ascii "hC)\u0000A\u0000~"
// expect: ucs2 "써肩䇿︀"
// expect: "���(�😀����������"
// expect: +vv8/f4= -vv8_f4
// expect: AQ== AQI= 
// expect: world ll ""
// expect: hello 656c
// expect: dXNlcjpwYXNz user:pass
// expect: abc abc! xyz
