// expect: {"a":1,"c":{"a":3}}
console.log(JSON.stringify({ a: 1, b: 2, c: { a: 3, z: 4 } }, ["a", "c"]));
