// expect: 2880067194370816000
const memo = {}; function f(n) { if (n in memo) return memo[n]; return memo[n] = n < 2 ? n : f(n - 1) + f(n - 2); } console.log(f(90));
