// expect: 0.7777777777777778 0.78 1 0.778 0.8 7.78e-1 7.777777777777778e-1
// expect: 0.11000111000111000111000111000111000111 0.c71c71c71c71c8 0.s 0.616161616161616162
// expect: 0.7777777777777778 0.7777777777777778 0.7777777777777778 true true
const x = 7/9;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
