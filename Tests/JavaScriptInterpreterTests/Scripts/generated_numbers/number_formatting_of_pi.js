// expect: 3.141592653589793 3.14 3 3.14 3 3.14e+0 3.141592653589793e+0
// expect: 11.0010010000111111011010101000100010000 3.243f6a8885a3 3.53i5ab8p5f 3.1103755242102643
// expect: 3.141592653589793 3.141592653589793 3.141592653589793 true true
const x = Math.PI;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
