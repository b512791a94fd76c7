// expect: [object Array] [object Null] [object Number] [object Function] [object Object] [object Map]
console.log(Object.prototype.toString.call([]), Object.prototype.toString.call(null), Object.prototype.toString.call(1), Object.prototype.toString.call(function(){}), String({}), Object.prototype.toString.call(new Map()));
