// expect: true false true
console.log(true.toString(), false.valueOf(), Boolean.prototype.toString.call(new Boolean(true)));
