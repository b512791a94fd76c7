// expect: 111001010000100
// expect: 110001010000000
// expect: 101001000000100
// expect: 000110000000000
// expect: 000110000000000
// expect: 111001010000100
// expect: 000000000000000
// expect: 110001010000000
// expect: 000000001000000
// expect: 000000000111010
// expect: 000000000111010
// expect: 000000000111010
// expect: 101001000000100
// expect: 000000000111010
// expect: 000000000000001
const vals = [0, "", "0", null, undefined, false, NaN, [], {}, "1", 1, true, [0], [1], "true"];
const rows = [];
for (const a of vals) { let row = ""; for (const b of vals) row += (a == b) ? "1" : "0"; rows.push(row); }
console.log(rows.join("\n"));
