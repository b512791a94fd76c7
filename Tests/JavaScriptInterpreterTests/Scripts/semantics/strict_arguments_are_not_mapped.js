// expect: 1
function f(a) { "use strict"; a = 2; return arguments[0]; } console.log(f(1));
