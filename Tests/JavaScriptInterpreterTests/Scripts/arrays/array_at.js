// expect: 3 1 undefined
console.log([1, 2, 3].at(-1), [1, 2, 3].at(0), [1, 2, 3].at(5));
