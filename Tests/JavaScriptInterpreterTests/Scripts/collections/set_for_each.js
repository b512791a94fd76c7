// expect: x x 2
// expect: y y 2
new Set(["x", "y"]).forEach((v, k, s) => console.log(v, k, s.size));
