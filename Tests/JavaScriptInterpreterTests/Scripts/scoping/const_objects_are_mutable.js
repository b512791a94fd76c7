// expect: { a: 2, b: 3 }
const o = { a: 1 }; o.a = 2; o.b = 3; console.log(o);
