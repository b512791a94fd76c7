// expect: [ 1, 2 ] undefined
const a = [1, 2, 3, 4]; a.length = 2; console.log(a, a[3]);
