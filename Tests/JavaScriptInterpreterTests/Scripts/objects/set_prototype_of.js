// expect: hi 1 true
const base = { hi() { return "hi " + this.n; } }; const o = { n: 1 }; Object.setPrototypeOf(o, base); console.log(o.hi(), o.__proto__ === base);
