// expect: object 6 5 true
const n = new Number(5); console.log(typeof n, n + 1, n.valueOf(), n instanceof Number);
