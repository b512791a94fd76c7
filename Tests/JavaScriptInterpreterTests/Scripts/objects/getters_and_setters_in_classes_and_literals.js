// expect: 10 [ '_a', 'a' ]
const o = { _a: 1, get a() { return this._a; }, set a(v) { this._a = v * 2; } };
o.a = 5; console.log(o.a, Object.keys(o));
