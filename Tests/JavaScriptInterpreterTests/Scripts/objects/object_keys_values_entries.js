// expect: [ 'a', 'b', 'c' ] [ 1, [ 2 ], { d: 3 } ] [ [ 'a', 1 ], [ 'b', [ 2 ] ], [ 'c', { d: 3 } ] ]
const o = { a: 1, b: [2], c: { d: 3 } };
console.log(Object.keys(o), Object.values(o), Object.entries(o));
