// expect: 9.5367431640625e-7 0.00 0 9.54e-7 0.000001 9.54e-7 9.5367431640625e-7
// expect: 0.00000000000000000001 0.00001 0.0001lnxw29 0.0000002
// expect: 9.5367431640625e-7 9.5367431640625e-7 9.5367431640625e-7 true true
const x = 2**-20;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
