// expect: 1 2
// expect: 3 4
for (const { a, b = 2 } of [{ a: 1 }, { a: 3, b: 4 }]) console.log(a, b);
