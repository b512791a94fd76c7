// expect: true false false false true
console.log(Number.isInteger(5), Number.isInteger(5.5), Number.isInteger("5"), Number.isSafeInteger(2**53), Number.isSafeInteger(2**53 - 1));
