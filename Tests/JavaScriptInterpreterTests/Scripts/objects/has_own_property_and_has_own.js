// expect: true false true true
const o = { a: 1 }; console.log(o.hasOwnProperty("a"), o.hasOwnProperty("toString"), Object.hasOwn(o, "a"), Object.prototype.hasOwnProperty.call(o, "a"));
