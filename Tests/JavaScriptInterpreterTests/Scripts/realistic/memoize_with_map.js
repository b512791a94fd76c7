// expect: 16 16 (cached) 1
const memo = new Map(); function slowSquare(n) { if (memo.has(n)) return memo.get(n) + " (cached)"; memo.set(n, n * n); return n * n; }
console.log(slowSquare(4), slowSquare(4), memo.size);
