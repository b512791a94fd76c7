// expect: 10 5
function sum(...n) { return n.reduce((a, b) => a + b, 0); } console.log(sum(...[1, 2], 3, ...new Set([4])), Math.max(...[1, 5, 3]));
