// expect: 100 1
let s = ""; for (let i = 0; i < 100; i++) s += "["; s += "1"; for (let i = 0; i < 100; i++) s += "]";
let v = JSON.parse(s); let depth = 0; while (Array.isArray(v)) { v = v[0]; depth++; } console.log(depth, v);
