// expect: 0 1 4 1
function f(a, b = 2, ...c) { return arguments.length; } console.log(f(), f(1), f(1, 2, 3, 4), f.length);
