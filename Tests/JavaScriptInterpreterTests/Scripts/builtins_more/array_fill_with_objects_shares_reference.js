// expect: [ { x: 1 }, { x: 1 } ] true
const a = new Array(2).fill({}); a[0].x = 1; console.log(a, a[0] === a[1]);
