// expect: 1e+21 1e+21 1e+21 1.00e+21 1e+21 1.00e+21 1e+21
// expect: 1101100011010111001001101011011100010111 3635c9adc5dea00000 5v1j4f4ds7c000 154327115334273650000000
// expect: 1e+21 1e+21 1e+21 true true
const x = 1e21;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
