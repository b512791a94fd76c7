// expect: 1152921504606847000 1152921504606846976.00 1152921504606846976 1.15e+18 1e+18 1.15e+18 1.152921504606847e+18
// expect: 1000000000000000000000000000000000000000 1000000000000000 8rc4kbdvss00 100000000000000000000
// expect: 1152921504606847000 1152921504606847000 1152921504606847000 true true
const x = 2**60;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
