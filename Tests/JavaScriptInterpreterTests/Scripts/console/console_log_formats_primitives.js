// expect: str 1 true null undefined NaN -0 Symbol(s)
// expect: [ 'str', 1, true, null, undefined ]
console.log("str", 1, true, null, undefined, NaN, -0, Symbol("s"));
console.log(["str", 1, true, null, undefined]);
