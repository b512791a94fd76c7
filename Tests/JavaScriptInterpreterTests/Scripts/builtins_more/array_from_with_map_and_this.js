// expect: [ 10, 20 ]
console.log(Array.from([1, 2], function (x) { return x * this.m; }, { m: 10 }));
