// expect: h i [ 'k', 'v' ] 3
const [c1, c2] = "hi"; const [m1] = new Map([["k", "v"]]); const [s1, s2] = new Set([1, 2]); console.log(c1, c2, m1, s1 + s2);
