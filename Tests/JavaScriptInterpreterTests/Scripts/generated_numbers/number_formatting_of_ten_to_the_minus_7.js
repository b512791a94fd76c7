// expect: 1e-7 0.00 0 1.00e-7 1e-7 1.00e-7 1e-7
// expect: 0.00000000000000000000000110101101011111 0.000001ad7f29abcaf48 0.000061oezo085tl 0.0000000153277451527453644
// expect: 1e-7 1e-7 1e-7 true true
const x = 1e-7;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
