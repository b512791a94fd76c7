// expect: true false true true
const f = () => 1; console.log(f === f, (() => 1) === (() => 1), {} == "[object Object]", [] + {} === "[object Object]");
