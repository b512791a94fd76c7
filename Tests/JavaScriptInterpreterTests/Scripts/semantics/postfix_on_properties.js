// expect: 0 1
const o = { c: 0 }; const before = o.c++; ++o.c; o["c"]--; console.log(before, o.c);
