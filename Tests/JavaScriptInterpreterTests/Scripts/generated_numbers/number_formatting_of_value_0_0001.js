// expect: 0.0001 0.00 0 0.000100 0.0001 1.00e-4 1e-4
// expect: 0.00000000000001101000110110111000101110 0.00068db8bac710cb4 0.004nym8equapq 0.0000321556135307041455
// expect: 0.0001 0.0001 0.0001 true true
const x = 0.0001;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
