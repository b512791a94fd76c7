// expect: {"x":"custom:x"} "custom:"
const o = { toJSON(key) { return "custom:" + key; } }; console.log(JSON.stringify({ x: o }), JSON.stringify(o));
