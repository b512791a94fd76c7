// expect: side
// expect: 3 undefined undefined 5
let x = (1, 2, 3); console.log(x, void 0, void "x", (console.log("side"), 5));
