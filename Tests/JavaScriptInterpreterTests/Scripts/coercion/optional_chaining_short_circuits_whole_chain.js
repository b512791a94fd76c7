// expect: undefined 0
const o = null; let count = 0;
console.log(o?.a.b.c(count++), count);
