// expect: [ [ 'token', 'abc' ], [ 'count', '1' ] ] default
const env = new Map(); env.set("token", "abc"); env.set("count", String(Number(env.get("count") || 0) + 1));
console.log([...env], env.get("missing") ?? "default");
