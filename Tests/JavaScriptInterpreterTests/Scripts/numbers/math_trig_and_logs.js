// expect: 0 1 0.7853981633974483 1 3 3 1 1.4142135623730951
console.log(Math.sin(0), Math.cos(0), Math.atan2(1, 1), Math.log(Math.E), Math.log10(1000), Math.log2(8), Math.exp(0), Math.pow(2, 0.5));
