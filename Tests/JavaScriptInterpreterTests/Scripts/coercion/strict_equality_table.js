// expect: 1100000000
// expect: 1100000000
// expect: 0010000000
// expect: 0001000000
// expect: 0000100000
// expect: 0000010000
// expect: 0000001000
// expect: 0000000000
// expect: 0000000010
// expect: 0000000001
const vals = [0, -0, "", "0", null, undefined, false, NaN, 1, "1"];
const rows = [];
for (const a of vals) { let row = ""; for (const b of vals) row += (a === b) ? "1" : "0"; rows.push(row); }
console.log(rows.join("\n"));
