// expect: [ 'a' ]
const o = { a: 1, [Symbol("s")]: 2 }; Object.defineProperty(o, "h", { value: 1, enumerable: false }); const ks = []; for (const k in o) ks.push(k); console.log(ks);
