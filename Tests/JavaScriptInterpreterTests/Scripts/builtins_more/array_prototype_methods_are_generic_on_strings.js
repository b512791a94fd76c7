// expect: [ 'A', 'B', 'C' ] [ 'a', 'b' ] cba
console.log(Array.prototype.map.call("abc", x => x.toUpperCase()), Array.prototype.filter.call("a1b2", c => c > "9"), Array.prototype.reduce.call("abc", (a, c) => c + a, ""));
