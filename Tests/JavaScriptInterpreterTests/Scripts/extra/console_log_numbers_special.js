// expect: [ 0.1, -0, 1e+21, 1e-7, NaN, -Infinity ] { big: 9007199254740992 }
console.log([0.1, -0, 1e21, 1e-7, NaN, -Infinity], { big: 2 ** 53 });
