// expect: [ 2, 4, 6, 8 ] [ 1, 3 ] 10 10 4321
const a = [1, 2, 3, 4];
console.log(a.map(x => x * 2), a.filter(x => x % 2), a.reduce((s, x) => s + x, 0), a.reduce((s, x) => s + x), a.reduceRight((s, x) => s + x, ""));
