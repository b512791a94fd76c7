// expect: 10 1
const base = 10; function f(x = base) { return x; } console.log(f(), f(1));
