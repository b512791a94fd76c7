// expect: [ [ 'a', 1 ] ] { a: 1 }
const m = new Map([["a", 1]]); console.log(Array.from(m.entries()), Object.fromEntries(m));
