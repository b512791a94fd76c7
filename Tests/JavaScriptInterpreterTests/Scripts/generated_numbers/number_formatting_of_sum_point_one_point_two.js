// expect: 0.30000000000000004 0.30 0 0.300 0.3 3.00e-1 3.0000000000000004e-1
// expect: 0.01001100110011001100110011001100110011 0.4cccccccccccd 0.asssssssssv 0.231463146314631464
// expect: 0.30000000000000004 0.30000000000000004 0.30000000000000004 true true
const x = 0.1+0.2;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
