// expect: 31 12 5.5 5.050000190734863 NaN -0 true
console.log(Math.clz32(1), Math.imul(3, 4), Math.fround(5.5), Math.fround(5.05), Math.max(NaN, 1), Math.min(0, -0), Object.is(Math.min(0, -0), -0));
