// expect: a c undefined 56832
console.log("abc".at(0), "abc".at(-1), "abc".at(5), "😀".codePointAt(1));
