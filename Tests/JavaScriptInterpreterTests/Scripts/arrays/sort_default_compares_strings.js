// expect: [ 1, 10, 100, 2, 21 ] [ false, 'm', null, true ]
console.log([1, 10, 2, 21, 100].sort(), [true, false, null, "m"].sort());
