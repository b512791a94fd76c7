// expect: 2.718281828459045 2.72 3 2.72 3 2.72e+0 2.718281828459045e+0
// expect: 10.1011011111100001010100010110001010001 2.b7e151628aed2 2.puw5nggjf8 2.55760521305053551
// expect: 2.718281828459045 2.718281828459045 2.718281828459045 true true
const x = Math.E;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
