// expect: 1
function f() { if (true) { var x = 1; } return x; } console.log(f());
