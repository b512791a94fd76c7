// expect: a b c m true
const a = function () {}; const b = () => {}; let c; c = function () {}; const o = { m: () => {} };
console.log(a.name, b.name, c.name, o.m.name, (function () {}).name === "");
