// expect: 12 arrow iife
const r = (function (x) { return x * 3; })(4); const s = (() => "arrow iife")(); console.log(r, s);
