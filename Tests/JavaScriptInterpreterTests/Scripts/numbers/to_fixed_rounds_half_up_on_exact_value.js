// expect: 1.00 1.4 3 1 1234.57 -2
console.log((1.005).toFixed(2), (1.45).toFixed(1), (2.5).toFixed(0), (0.5).toFixed(0), (1234.5678).toFixed(2), (-1.5).toFixed(0));
