// expect: true false false true false false
console.log(isNaN("abc"), isNaN("12"), Number.isNaN("abc"), isFinite("12"), Number.isFinite("12"), isFinite(Infinity));
