// A pattern that backtracks exponentially ends with the step limit instead of hanging.
// expect: before
// expect error: Script exceeded the step limit of 10000000 steps
console.log("before");
/(a+)+$/.test("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab");
console.log("never");
