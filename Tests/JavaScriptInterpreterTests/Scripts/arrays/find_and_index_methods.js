// expect: 12 1 44 4 undefined 2 2 true true -1
const a = [5, 12, 8, 130, 44];
console.log(a.find(x => x > 10), a.findIndex(x => x > 10), a.findLast(x => x > 10), a.findLastIndex(x => x > 10), a.find(x => x > 1000), a.indexOf(8), a.lastIndexOf(8), a.includes(130), [NaN].includes(NaN), [NaN].indexOf(NaN));
