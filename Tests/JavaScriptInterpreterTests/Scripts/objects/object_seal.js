// expect: { a: 2 } true false
const o = Object.seal({ a: 1 }); o.a = 2; o.b = 3; delete o.a; console.log(o, Object.isSealed(o), Object.isFrozen(o));
