// expect: undefined
console.log(typeof Date);
