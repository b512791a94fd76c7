// expect: true false true false true
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is("a", "a"), NaN === NaN, 0 === -0);
