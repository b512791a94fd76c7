// expect: 1e+21 123.4560000000 0.00 0.0000010
console.log((1e21).toFixed(2), (123.456).toFixed(10), (0).toFixed(2), (0.000001).toFixed(7));
