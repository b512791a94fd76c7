// expect: { 'a.b.c': 1, 'a.d': [ 1 ], e: null }
function flatten(o, prefix = "") { return Object.entries(o).reduce((acc, [k, v]) => { const key = prefix ? `${prefix}.${k}` : k; if (v && typeof v === "object" && !Array.isArray(v)) Object.assign(acc, flatten(v, key)); else acc[key] = v; return acc; }, {}); }
console.log(flatten({ a: { b: { c: 1 }, d: [1] }, e: null }));
