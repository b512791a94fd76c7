// expect: 3 2 2
console.log([1, 2, 1, 2].indexOf(2, 2), [1, 2, 1, 2].lastIndexOf(1, -2), [1, 2, 3].indexOf(3, -1));
