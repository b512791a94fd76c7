// expect: 2 [ NaN, 0 ]
const s = new Set([NaN, NaN, 0, -0]); console.log(s.size, [...s]);
