// expect: 1 two nan obj undefined 4 true true false 3
const m = new Map(); m.set("a", 1).set(2, "two").set(NaN, "nan"); const k = {}; m.set(k, "obj");
console.log(m.get("a"), m.get(2), m.get(NaN), m.get(k), m.get({}), m.size, m.has("a"), m.delete("a"), m.has("a"), m.size);
