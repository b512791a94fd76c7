// expect: 0 0 true
console.log(Object.keys(Math).length, Object.keys([].__proto__).length, Object.getOwnPropertyNames(Object.prototype).includes("hasOwnProperty"));
