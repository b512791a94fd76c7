// expect: 2 A B
const a = { id: 1 }, b = { id: 1 }; const m = new Map([[a, "A"], [b, "B"]]); console.log(m.size, m.get(a), m.get(b));
