// expect: [ { v: 2 } ] [ { v: 2 }, 3 ]
const inner = { v: 1 }; const a = [inner]; const b = [...a]; b[0].v = 2; b.push(3); console.log(a, b);
