// expect: a1b2
const m = new Map([["a", 1], ["b", 2]]); let s = ""; for (const [k, v] of m.entries()) s += k + v; console.log(s);
