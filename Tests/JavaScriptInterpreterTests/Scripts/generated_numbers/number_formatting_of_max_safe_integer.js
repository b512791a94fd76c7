// expect: 9007199254740991 9007199254740991.00 9007199254740991 9.01e+15 9e+15 9.01e+15 9.007199254740991e+15
// expect: 1111111111111111111111111111111111111111 1fffffffffffff 2gosa7pa2gv 377777777777777777
// expect: 9007199254740991 9007199254740991 9007199254740991 true true
const x = Number.MAX_SAFE_INTEGER;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
