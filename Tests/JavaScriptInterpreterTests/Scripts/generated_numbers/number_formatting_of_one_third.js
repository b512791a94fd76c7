// expect: 0.3333333333333333 0.33 0 0.333 0.3 3.33e-1 3.333333333333333e-1
// expect: 0.01010101010101010101010101010101010101 0.55555555555554 0.c 0.252525252525252525
// expect: 0.3333333333333333 0.3333333333333333 0.3333333333333333 true true
const x = 1/3;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
