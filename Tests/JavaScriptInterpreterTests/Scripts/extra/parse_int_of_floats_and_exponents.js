// expect: 5 1 1 123
console.log(parseInt(0.0000005), parseInt(1e21), parseInt("1e21"), parseInt(123.99));
