// expect: 3.14 0.5 -50 Infinity NaN 1.5 1.2
console.log(parseFloat("3.14abc"), parseFloat(".5"), parseFloat("-.5e2x"), parseFloat("Infinityx"), parseFloat("e5"), parseFloat("  1.5  "), parseFloat("1.2.3"));
