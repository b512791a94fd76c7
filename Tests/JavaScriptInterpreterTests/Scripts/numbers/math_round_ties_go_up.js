// expect: 3 -2 0 -0 2 -1
console.log(Math.round(2.5), Math.round(-2.5), Math.round(0.49999999999999994), Math.round(-0.4), Math.round(1.5), Math.round(-1.5));
