// expect: 3 c a+b+c [ 'aa', 'bb', 'cc' ]
const o = { length: 2, 0: "a", 1: "b" };
Array.prototype.push.call(o, "c"); console.log(o.length, o[2], Array.prototype.join.call(o, "+"), Array.prototype.map.call("abc", c => c + c));
