// expect: [ 1, 2, 4 ] [ 1, 5, 10 ] [ 1, 2, 0 ] 1
function f(a, b = a + 1, c = b * 2) { return [a, b, c]; }
console.log(f(1), f(1, 5), f(1, undefined, 0), f.length);
