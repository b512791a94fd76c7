// expect: 999999999999999900000 999999999999999868928.00 999999999999999868928 1.00e+21 1e+21 1.00e+21 9.999999999999999e+20
// expect: 1101100011010111001001101011011100010111 3635c9adc5de9e0000 5v1j4f4ds78000 154327115334273647400000
// expect: 999999999999999900000 999999999999999900000 999999999999999900000 true true
const x = 999999999999999900000;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
