// expect: {"a":2}
const o = { [Symbol("x")]: 1, a: 2 }; Object.defineProperty(o, "hidden", { value: 3 }); console.log(JSON.stringify(o));
