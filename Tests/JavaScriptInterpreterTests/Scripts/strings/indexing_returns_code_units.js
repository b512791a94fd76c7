// expect: a b 4 b 1
const s = "a😀b"; console.log(s[0], s[3], s.length, s.at(-1), s.charAt(1).length);
