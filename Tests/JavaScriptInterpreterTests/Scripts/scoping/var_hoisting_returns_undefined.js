// expect: undefined
// expect: 5
console.log(h); var h = 5; console.log(h);
