// expect: x 1
let k, v; for ([k, v] of Object.entries({ x: 1 })) {} console.log(k, v);
