// expect: a 1
// expect: b 2
// expect: x
// expect: y
const m = new Map([["a", 1], ["b", 2]]); for (const [k, v] of m) console.log(k, v);
for (const v of new Set(["x", "y"])) console.log(v);
