// expect: 1.7e+308 1.7e+308 1.7e+308 1.70e+308 2e+308 1.70e+308 1.7e+308
// expect: 1111001000010110100010011000001110111001 f2168983b9dbb00000000000000000 17jbnudh4ojg000000000000000000 171026423016716673000000000000
// expect: 1.7e+308 1.7e+308 1.7e+308 true true
const x = 1.7e308;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
