// expect: 2
function f(a, b = () => a) { a = 2; return b(); } console.log(f(1));
