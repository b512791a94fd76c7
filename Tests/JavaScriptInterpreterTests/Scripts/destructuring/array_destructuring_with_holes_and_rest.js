// expect: 1 10 [ 4, 5 ]
const [x, , y = 10, ...rest] = [1, 2, undefined, 4, 5]; console.log(x, y, rest);
