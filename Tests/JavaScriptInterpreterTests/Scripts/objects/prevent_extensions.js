// expect: { a: 1 } false
const o = { a: 1 }; Object.preventExtensions(o); o.b = 2; console.log(o, Object.isExtensible(o));
