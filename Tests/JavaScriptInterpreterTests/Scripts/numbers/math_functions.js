// expect: 5 Infinity -Infinity 3 -2 2 -4 -1 4 3 5
console.log(Math.max(1, 5, 3), Math.min(), Math.max(), Math.abs(-3), Math.floor(-1.5), Math.ceil(1.1), Math.trunc(-4.7), Math.sign(-3), Math.sqrt(16), Math.cbrt(27), Math.hypot(3, 4));
