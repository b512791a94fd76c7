// expect: [ 0, 0, 0 ] [ 1, 9, 9, 4 ] [ 4, 5, 3, 4, 5 ] [ 1, 2, 7 ]
console.log(new Array(3).fill(0), [1, 2, 3, 4].fill(9, 1, 3), [1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3].fill(7, -1));
