// expect: 2.5 2.50 3 2.50 3 2.50e+0 2.5e+0
// expect: 10.1 2.8 2.i 2.4
// expect: 2.5 2.5 2.5 true true
const x = 2.5;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
