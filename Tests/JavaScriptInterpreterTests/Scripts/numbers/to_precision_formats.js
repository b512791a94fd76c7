// expect: 123.5 0.000012 1.2e+5 2 100
console.log((123.456).toPrecision(4), (0.00001234).toPrecision(2), (123456).toPrecision(2), (1.5).toPrecision(1), (99.99).toPrecision(3));
