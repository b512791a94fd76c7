// expect: 123456789 123456789.00 123456789 1.23e+8 1e+8 1.23e+8 1.23456789e+8
// expect: 111010110111100110100010101 75bcd15 21i3v9 726746425
// expect: 123456789 123456789 123456789 true true
const x = 123456789;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
