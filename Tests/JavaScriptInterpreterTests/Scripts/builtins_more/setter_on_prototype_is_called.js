// expect: 10 [ '_v' ]
const proto = { set v(x) { this._v = x * 2; } }; const o = Object.create(proto); o.v = 5; console.log(o._v, Object.keys(o));
