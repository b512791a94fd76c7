// expect: 99.999 100.00 100 100 1e+2 1.00e+2 9.9999e+1
// expect: 1100011.11111111101111100111011011001000 63.ffbe76c8b438 2r.zypcdtnwj 143.777371666213207
// expect: 99.999 99.999 99.999 true true
const x = 99.999;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
