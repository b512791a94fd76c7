// expect: { a: 1, b: 2 } { x: true }
console.log(Object.fromEntries([["a", 1], ["b", 2]]), Object.fromEntries(new Map([["x", true]])));
