// expect: -1.5e-10 -0.00 -0 -1.50e-10 -1e-10 -1.50e-10 -1.5e-10
// expect: -0.0000000000000000000000000000000010100 -0.00000000a4ed3f1b0e726 -0.000000br5zrkqxq08 -0.000000000012235517615416344
// expect: -1.5e-10 -1.5e-10 -1.5e-10 true true
const x = -1.5e-10;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
