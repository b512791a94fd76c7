// expect: 4 true true [ 1, 3, 4 ] [ [ 1, 1 ], [ 3, 3 ], [ 4, 4 ] ]
const s = new Set([1, 2, 2, 3]); s.add(4).add(1); console.log(s.size, s.has(2), s.delete(2), [...s], [...s.entries()]);
