// expect: 200000 ababab
let s = ""; for (let i = 0; i < 100000; i++) s += "ab"; console.log(s.length, s.slice(0, 6));
