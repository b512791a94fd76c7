// expect: small
// expect: medium
// expect: large
for (const n of [1, 5, 10]) { if (n < 3) console.log("small"); else if (n < 7) console.log("medium"); else console.log("large"); }
