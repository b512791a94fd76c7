// expect: true false true true false true
const o = { a: undefined }; console.log("a" in o, "b" in o, "toString" in o, 0 in [1], 1 in [1], "length" in []);
