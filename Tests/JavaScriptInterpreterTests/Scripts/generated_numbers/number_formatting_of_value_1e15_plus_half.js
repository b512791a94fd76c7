// expect: 1000000000000000.5 1000000000000000.50 1000000000000001 1.00e+15 1e+15 1.00e+15 1.0000000000000005e+15
// expect: 1110001101011111101010010011000110100000 38d7ea4c68000.8 9ugxnorjls.i 34327724461500000.4
// expect: 1000000000000000.5 1000000000000000.5 1000000000000000.5 true true
const x = 1e15+0.5;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
