// expect: [ 1, 2, 3 ]
function f() { return [...arguments]; } console.log(f(1, 2, 3));
