// expect: 1 2 2
let count = 0; const src = { get g() { return ++count; } }; const c1 = { ...src }; const c2 = { ...src }; console.log(c1.g, c2.g, count);
