// expect: null false [Object: null prototype] { a: 1 }
const o = Object.create(null); o.a = 1; console.log(Object.getPrototypeOf(o), "toString" in o, o);
