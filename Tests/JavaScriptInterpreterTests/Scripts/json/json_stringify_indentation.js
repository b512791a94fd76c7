// expect: {
// expect:   "a": [
// expect:     1,
// expect:     {
// expect:       "b": 2
// expect:     }
// expect:   ],
// expect:   "c": "x",
// expect:   "e": [],
// expect:   "f": {}
// expect: }
// expect: [
// expect: --1,
// expect: --2
// expect: ]
console.log(JSON.stringify({ a: [1, { b: 2 }], c: "x", e: [], f: {} }, null, 2));
console.log(JSON.stringify([1, 2], null, "--"));
