// expect: -1.00 -1 -1.4 -0.00
console.log((-1.005).toFixed(2), (-0.5).toFixed(0), (-1.45).toFixed(1), (-0.0001).toFixed(2));
