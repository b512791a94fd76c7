// expect: 1 2 3 5
const { a, b: renamed, c = 3, d: { e } = { e: 5 } } = { a: 1, b: 2 }; console.log(a, renamed, c, e);
