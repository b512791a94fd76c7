// expect: 1 1
const a = 10, b = 2, g = 5; console.log(a / b / g, a/b/g);
