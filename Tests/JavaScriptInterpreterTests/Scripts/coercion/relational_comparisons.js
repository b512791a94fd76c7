// expect: true true false true false false true false true true
console.log(1 < 2, "2" > "12", 2 > "12", null >= 0, undefined >= 0, NaN < 1, [2] > 1, "a" < 1, null < 1, "" < 1);
