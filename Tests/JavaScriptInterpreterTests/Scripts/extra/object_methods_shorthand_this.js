// expect: 2
const counter = { n: 0, inc() { this.n++; return this; }, get value() { return this.n; } }; console.log(counter.inc().inc().value);
