// expect: { a: 1 } true true [ 'a', 'b' ]
const o = Object.create({ inherited: true }, { a: { value: 1, enumerable: true }, b: { value: 2 } });
console.log(o, o.inherited, Object.getPrototypeOf(o).inherited, Object.getOwnPropertyNames(o));
