// expect: || 1;2,3
console.log([[null], [undefined], [[]]].join("|"), [1, [2, [3]]].join(";"));
