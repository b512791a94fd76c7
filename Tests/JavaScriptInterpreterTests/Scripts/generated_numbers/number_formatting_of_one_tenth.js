// expect: 0.1 0.10 0 0.100 0.1 1.00e-1 1e-1
// expect: 0.00011001100110011001100110011001100110 0.1999999999999a 0.3lllllllllm 0.0631463146314631464
// expect: 0.1 0.1 0.1 true true
const x = 0.1;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
