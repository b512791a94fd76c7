// expect: base+obj
const base = { greet() { return "base"; } }; const obj = { __proto__: base, greet() { return super.greet() + "+obj"; } }; console.log(obj.greet());
