// expect: 1.23e+5 1.5e-4 5e+0 1.230e-10
console.log((123456).toExponential(2), (0.00015).toExponential(1), (5).toExponential(), (1.23e-10).toExponential(3));
