// expect: 3
function a() { let x = 1; return function b() { let y = 2; return function c() { return x + y; }; }; } console.log(a()()());
