// expect: 0.000001 0.00 0 0.00000100 0.000001 1.00e-6 1e-6
// expect: 0.00000000000000000001000011000110111101 0.000010c6f7a0b5ed8d 0.0001ogs5wo29m8 0.000000206157364055366615
// expect: 0.000001 0.000001 0.000001 true true
const x = 0.000001;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
