// expect: [ 3, 1, [ 1, 2, 3 ], 'object' ]
// expect: outer
function f() { return [arguments.length, arguments[0], Array.from(arguments), typeof arguments]; }
console.log(f(1, 2, 3));
function g(a) { const h = () => arguments[0]; return h(); } console.log(g("outer"));
