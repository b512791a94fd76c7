// expect:
// expect: a b
console.log(); console.log("a", "b");
