// expect: 4 -4
console.log((-2) ** 2, -(2 ** 2));
