// expect: true false true false
const ws = new WeakSet(); const k = {}; ws.add(k); console.log(ws.has(k), ws.has({}), ws.delete(k), ws.has(k));
