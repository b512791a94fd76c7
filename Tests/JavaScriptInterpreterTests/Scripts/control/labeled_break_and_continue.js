// expect: [[0,0],[1,0]]
const pairs = [];
outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j === 1) continue outer; if (i === 2) break outer; pairs.push([i, j]); } }
console.log(JSON.stringify(pairs));
