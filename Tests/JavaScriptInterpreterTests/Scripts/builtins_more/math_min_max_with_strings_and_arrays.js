// expect: 3 1 NaN -Infinity 0 NaN
console.log(Math.max("3", 2), Math.min([1], 2), Math.max([1, 2]), Math.max(), Math.min(null, 1), Math.max(undefined, 1));
