// expect: false true true false
const a = [1]; console.log(a == [1], a === a, [1] == "1", [] == []);
