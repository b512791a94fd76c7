// expect: true { '0': 'x', '1': 'y', a: 3, b: 2 }
const t = { a: 1 }; const r = Object.assign(t, { b: 2 }, null, { a: 3 }, "xy");
console.log(r === t, t);
