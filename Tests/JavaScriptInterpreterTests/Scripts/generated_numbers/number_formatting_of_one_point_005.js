// expect: 1.005 1.00 1 1.00 1 1.00e+0 1.005e+0
// expect: 1.00000001010001111010111000010100011110 1.0147ae147ae14 1.06ha2voha2i 1.00243656050753412
// expect: 1.005 1.005 1.005 true true
const x = 1.005;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
