// expect: X-1-2 X-3-4 X-A-B bound f 1 2
function f(a, b) { return `${this.x}-${a}-${b}`; }
const o = { x: "X" }; const g = f.bind(o, "A");
console.log(f.call(o, 1, 2), f.apply(o, [3, 4]), g("B"), g.name, g.length, f.length);
