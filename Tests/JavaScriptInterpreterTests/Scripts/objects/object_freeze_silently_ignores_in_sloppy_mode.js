// expect: { a: 1 } true true false
const o = Object.freeze({ a: 1 }); o.a = 2; o.b = 3; delete o.a; console.log(o, Object.isFrozen(o), Object.isSealed(o), Object.isExtensible(o));
