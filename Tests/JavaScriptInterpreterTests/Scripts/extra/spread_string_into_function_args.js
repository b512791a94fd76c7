// expect: xyz
function three(a, b, c) { return a + b + c; } console.log(three(..."xyz"));
