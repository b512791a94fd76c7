// expect: 😀 128512 1
const s = String.fromCharCode(0xd83d, 0xde00); console.log(s, s.codePointAt(0), [...s].length);
