// A documented difference from node: Math.pow and ** are correctly rounded, so Math.pow(10, -5) === 1e-5 here,
// while V8's repeated squaring is one unit in the last place off for 10^-5 and 10^-4 (node prints false, false).
console.log(Math.pow(10, -5) === 1e-5, 10 ** -4 === 1e-4, Math.pow(10, 20) === 1e20);
// expect: true true true
