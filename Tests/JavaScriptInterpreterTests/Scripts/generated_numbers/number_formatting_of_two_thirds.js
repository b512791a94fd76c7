// expect: 0.6666666666666666 0.67 1 0.667 0.7 6.67e-1 6.666666666666666e-1
// expect: 0.10101010101010101010101010101010101010 0.aaaaaaaaaaaaa8 0.o 0.525252525252525252
// expect: 0.6666666666666666 0.6666666666666666 0.6666666666666666 true true
const x = 2/3;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
