// expect: 1 []
const proto = {}; Object.defineProperty(proto, "x", { value: 1, writable: false }); const o = Object.create(proto); o.x = 2; console.log(o.x, Object.keys(o));
