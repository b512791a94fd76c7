// expect: 0
// expect: 1
// expect: closed
const it = { [Symbol.iterator]() { let i = 0; return { next() { return { value: i++, done: false }; }, return() { console.log("closed"); return {}; } }; } };
for (const x of it) { if (x > 1) break; console.log(x); }
