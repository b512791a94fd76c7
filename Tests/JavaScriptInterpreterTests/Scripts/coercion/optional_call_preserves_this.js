// expect: 3 3
const o = { v: 3, get() { return this.v; } }; console.log(o.get?.(), o?.get());
