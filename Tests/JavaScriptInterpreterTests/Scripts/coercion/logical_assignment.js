// expect: 5 7 9 2 { x: 10, y: 20 }
let a = null; a ??= 5; let b = 0; b ||= 7; let c = 1; c &&= 9; let d = 2; d ??= 3;
const o = { x: 0 }; o.x ||= 10; o.y ??= 20;
console.log(a, b, c, d, o);
