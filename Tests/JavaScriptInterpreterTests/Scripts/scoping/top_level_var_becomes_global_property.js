// Scripts (unlike Node modules) put top-level var on the global object; let stays off it.
// expect: 1 undefined object true
var gv = 1; let gl = 2; console.log(globalThis.gv, globalThis.gl, typeof globalThis, globalThis === this);
