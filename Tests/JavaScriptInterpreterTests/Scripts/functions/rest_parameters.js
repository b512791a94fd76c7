// expect: [ 1, [ 2, 3 ] ] [ undefined, [] ] 1
// expect: 2
function f(a, ...rest) { return [a, rest]; } console.log(f(1, 2, 3), f(), f.length);
const g = (...all) => all.length; console.log(g(1, 2));
