// expect: 2000 abab
const s = new Array(1000).fill("ab").join(""); console.log(s.length, s.slice(-4));
