// expect: [ [ '2', 4 ], [ '10', 2 ], [ 'b', 1 ], [ 'a', 3 ] ]
console.log(Object.entries({ b: 1, 10: 2, a: 3, 2: 4 }));
