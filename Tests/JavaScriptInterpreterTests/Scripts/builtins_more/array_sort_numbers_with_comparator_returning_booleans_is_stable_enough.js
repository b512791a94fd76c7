// expect: [ 3, 2, 1 ] [ 'a', 'b' ]
console.log([3, 1, 2].sort((a, b) => b - a), ["b", "a"].sort((a, b) => (a > b) - (a < b)));
