// expect: [ 'a02', 'b12' ]
console.log(["a", "b"].map((v, i, arr) => v + i + arr.length));
