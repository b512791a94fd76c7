// expect: 5 6 7 7 5 5
// expect: 6 number
let i = 5; console.log(i++, i, ++i, i--, --i, i);
let s = "5"; s++; console.log(s, typeof s);
