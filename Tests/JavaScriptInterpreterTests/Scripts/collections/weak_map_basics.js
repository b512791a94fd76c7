// expect: 1 true false true false
const wm = new WeakMap(); const k = {}; wm.set(k, 1); console.log(wm.get(k), wm.has(k), wm.has({}), wm.delete(k), wm.has(k));
