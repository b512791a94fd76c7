// expect: 2.220446049250313e-16 0.00 0 2.22e-16 2e-16 2.22e-16 2.220446049250313e-16
// expect: 0.00000000000000000000000000000000000000 0.0000000000001 0.0000000000t84r35w1ryi 0.000000000000000004
// expect: 2.220446049250313e-16 2.220446049250313e-16 2.220446049250313e-16 true true
const x = Number.EPSILON;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
