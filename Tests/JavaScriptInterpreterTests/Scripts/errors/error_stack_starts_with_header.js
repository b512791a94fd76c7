// expect: TypeError: bad string
const e = new TypeError("bad"); console.log(e.stack.split("\n")[0], typeof e.stack);
