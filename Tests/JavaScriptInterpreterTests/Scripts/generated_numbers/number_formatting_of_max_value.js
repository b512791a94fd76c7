// expect: 1.7976931348623157e+308 1.7976931348623157e+308 1.7976931348623157e+308 1.80e+308 2e+308 1.80e+308 1.7976931348623157e+308
// expect: 1111111111111111111111111111111111111111 fffffffffffff80000000000000000 1a1e4vngaiqo000000000000000000 177777777777777777400000000000
// expect: 1.7976931348623157e+308 1.7976931348623157e+308 1.7976931348623157e+308 true true
const x = Number.MAX_VALUE;
const safe = f => { try { return f(); } catch (e) { return e.name; } };
console.log(String(x), x.toFixed(2), safe(() => x.toFixed(0)), x.toPrecision(3), x.toPrecision(1), x.toExponential(2), x.toExponential());
console.log(x.toString(2).slice(0, 40), x.toString(16).slice(0, 30), x.toString(36).slice(0, 30), x.toString(8).slice(0, 30));
console.log(JSON.stringify(x), `${x}`, [x] + "", Number(String(x)) === x || Number.isNaN(x), parseFloat(String(x)) === x || Number.isNaN(x));
