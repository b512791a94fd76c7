// expect: 0123456789 10 string
let s = ""; for (let i = 0; i < 10; i++) s += i; console.log(s, s.length, typeof s);
