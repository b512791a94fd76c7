// expect: NaN Infinity -Infinity NaN Infinity -Infinity
console.log(NaN, Infinity, -Infinity, 0/0, 1/0, -1/0);
