// expect: 123456.789 123456.79 123457 1.23e+5 1e+5 1.23e+5 1.23456789e+5
// expect: 11110001001000000.1100100111111011111001 1e240.c9fbe76c9 2n9c.sejl0v4 361100.623757473311
// expect: 123456.789 123456.789 123456.789 true true
const x = 123456.789;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
