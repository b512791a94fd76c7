// expect: { n: 1, s: 'x' }
const n = 1, s = "x"; const o = { n, s }; console.log(o);
