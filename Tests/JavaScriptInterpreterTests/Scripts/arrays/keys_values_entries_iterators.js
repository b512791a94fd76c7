// expect: [ 0, 1 ] [ 'x', 'y' ] [ [ 0, 'x' ], [ 1, 'y' ] ] function
const a = ["x", "y"];
console.log([...a.keys()], [...a.values()], [...a.entries()], typeof a[Symbol.iterator]);
