// expect: 0.1 3.c 0.0022002200220022002200220022002201
console.log((0.5).toString(2), (3.75).toString(16), (0.1).toString(3));
