// expect: { a: 101, b: { c: 102 } } [ 1, <1 empty item>, 3 ]
console.log(JSON.parse('{"a":1,"b":{"c":2}}', (k, v) => typeof v === "number" ? v + 100 : v), JSON.parse("[1,2,3]", (k, v) => v === 2 ? undefined : v));
