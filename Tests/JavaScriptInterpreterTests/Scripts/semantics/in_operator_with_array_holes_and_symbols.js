// expect: true false true
const s = Symbol(); const o = { [s]: 1 }; console.log(s in o, 0 in [, 1], 1 in [, 1]);
