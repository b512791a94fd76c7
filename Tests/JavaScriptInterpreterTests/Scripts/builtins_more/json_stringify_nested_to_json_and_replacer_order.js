// expect: {"a":{"b":2}}
const o = { a: { toJSON() { return { b: 1 }; } } }; console.log(JSON.stringify(o, (k, v) => (k === "b" ? v + 1 : v)));
