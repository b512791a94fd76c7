// expect: true false false true
console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray("abc"), Array.isArray(new Array()));
