// expect: 3 true
function P(a, b) { this.s = a + b; } const B = P.bind(null, 1); const p = new B(2); console.log(p.s, p instanceof P);
