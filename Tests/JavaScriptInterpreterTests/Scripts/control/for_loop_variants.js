// expect: 0,10;3,9;6,8;
// expect: 5
let s = ""; for (let i = 0, j = 10; i < j; i += 3, j--) s += i + "," + j + ";"; console.log(s);
let k = 0; for (;;) { if (++k > 4) break; } console.log(k);
