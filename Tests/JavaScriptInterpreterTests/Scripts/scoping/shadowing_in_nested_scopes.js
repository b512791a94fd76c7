// expect: f outer
let a = "outer"; function f() { let a = "f"; { let a = "block"; } return a; } console.log(f(), a);
