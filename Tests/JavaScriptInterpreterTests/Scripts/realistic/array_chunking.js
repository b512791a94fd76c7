// expect: [ [ 1, 2 ], [ 3, 4 ], [ 5 ] ]
const chunk = (arr, n) => arr.reduce((acc, x, i) => (i % n ? acc[acc.length - 1].push(x) : acc.push([x]), acc), []);
console.log(chunk([1, 2, 3, 4, 5], 2));
