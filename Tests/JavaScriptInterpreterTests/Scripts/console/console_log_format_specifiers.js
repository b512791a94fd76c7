// expect: Al is 42.5 years and 3 days, 1.5 extra
// expect: 100% sure %o x
// expect: {"a":1}
console.log("%s is %d years and %i days, %f", "Al", 42.5, 3.9, 1.5, "extra");
console.log("100%% sure", "%o", "x");
console.log("%j", { a: 1 });
