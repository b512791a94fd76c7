// expect: -1.25 -1.25 -1 -1.25 -1 -1.25e+0 -1.25e+0
// expect: -1.01 -1.4 -1.9 -1.2
// expect: -1.25 -1.25 -1.25 true true
const x = -1.25;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
