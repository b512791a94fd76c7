// expect: [Object: null prototype] { x: 1 } { [Symbol(k)]: 1 }
const o = Object.create(null); o.x = 1; console.log(o, { [Symbol("k")]: 1 });
