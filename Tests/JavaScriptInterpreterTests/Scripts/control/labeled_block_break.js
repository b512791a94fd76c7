// expect: in
// expect: out
block: { console.log("in"); break block; console.log("never"); } console.log("out");
