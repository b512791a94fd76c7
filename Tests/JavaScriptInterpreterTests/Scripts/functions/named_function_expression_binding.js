// expect: 120 undefined fact
const f = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }; console.log(f(5), typeof fact, f.name);
