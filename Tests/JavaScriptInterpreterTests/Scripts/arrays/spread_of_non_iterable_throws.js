// expect error: TypeError: o is not iterable
const o = { a: 1 }; const arr = [...o];
