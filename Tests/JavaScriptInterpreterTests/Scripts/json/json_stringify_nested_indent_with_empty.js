// expect: {
// expect:     "a": {
// expect:         "b": {
// expect:             "c": []
// expect:         }
// expect:     }
// expect: }
console.log(JSON.stringify({ a: { b: { c: [] } } }, null, 4));
