// expect: 1 true false
const o = { toString() { return "T"; }, valueOf() { return 1; } };
console.log(o + "", o == 1, o == "T");
