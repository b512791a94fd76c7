// expect: [ 3, 6 ]
const ctx = { mult: 3 }; console.log([1, 2].map(function (x) { return x * this.mult; }, ctx));
