// expect: false true 0
console.log([1, 2, 3].includes(1, -2), [1, 2, 3].includes(2, -2), [1, 2, 3].indexOf(1, -5));
