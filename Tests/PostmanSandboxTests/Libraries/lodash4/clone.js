const L = require('lodash');
function show(v) { return v === undefined ? 'undefined' : typeof v === 'function' ? 'function' : (typeof v === 'number' && v !== v) ? 'NaN' : JSON.stringify(v); }
function p() { console.log(Array.prototype.map.call(arguments, show).join(' ')); }
// lodash 4 clone, cloneDeep and merge: prototypes, dates, regexps, maps, cycles and in-place array merging.
const source = { a: [1, { b: 2 }], d: new Date(7), r: /x/gi, m: new Map([['k', { v: 1 }]]), s: new Set([1]), n: null, u: undefined };
const shallow = L.clone(source), deep = L.cloneDeep(source);
p(shallow.a === source.a, deep.a === source.a, deep.a[1] === source.a[1], L.isEqual(deep, source), deep.d instanceof Date, deep.d.getTime(), deep.r.source, deep.r.flags);
p(deep.m.get('k'), deep.m.get('k') === source.m.get('k'), Array.from(deep.s), 'u' in deep, Object.keys(deep));
function Foo() { this.a = 1; }
Foo.prototype.b = 2;
const foo = L.cloneDeep(new Foo());
p(foo instanceof Foo, foo.b, L.cloneDeep([1, [2, [3]]]), L.clone(5), L.clone('s'), L.clone(null), L.cloneDeep(function () {}), L.cloneDeep({ f: Math.max }).f === Math.max);
const cyclic = { name: 'c' }; cyclic.self = cyclic;
const cyclicCopy = L.cloneDeep(cyclic);
p(cyclicCopy.self === cyclicCopy, cyclicCopy !== cyclic, L.clone([1, 2]), L.cloneDeep(new Error('e')), L.clone(Object(3)) instanceof Number);
p(L.cloneDeepWith({ a: 1, b: { c: 2 } }, function (value) { if (typeof value == 'number') return value * 10; }), L.cloneWith([1, 2], function (v) { return Array.isArray(v) ? 'arr' : undefined; }));
const object = { a: [{ b: 2 }, { d: 4 }] };
const other = { a: [{ c: 3 }, { e: 5 }] };
p(L.merge(object, other), L.merge({ a: 1 }, { a: undefined, b: undefined }), L.merge({ a: [1, 2, 3] }, { a: [4] }), L.merge({ a: { x: 1 } }, { a: [1] }), L.merge({ a: [1] }, { a: { x: 1 } }));
p(L.merge({}, { a: null }, { b: { c: null } }), L.merge({ a: 1 }, null, { b: 2 }), L.merge({ d: new Date(1) }, { d: { x: 1 } }), L.merge({ a: 'str' }, { a: { b: 1 } }), L.merge([1, 2], [3]));
const nested = { x: { y: 1 } };
const merged = L.merge({}, nested);
p(merged.x === nested.x, merged, L.merge({ a: { b: 1 } }, { a: { c: 2 } }, { a: { d: 3 } }));
p(L.mergeWith({ a: [1], b: [2] }, { a: [3], b: [4] }, function (objValue, srcValue) { if (Array.isArray(objValue)) return objValue.concat(srcValue); }));
const proto = L.merge(Object.create({ inherited: 1 }), { own: 2 });
p(proto.inherited, L.merge({}, Object.assign(Object.create({ inh: 1 }), { own: 2 })));
// expect: true false false true true 7 "x" "gi"
// expect: {"v":1} false [1] true ["a","d","r","m","s","n","u"]
// expect: true 2 [1,[2,[3]]] 5 "s" null {} true
// expect: true true [1,2] {} true
// expect: {"a":10,"b":{"c":20}} "arr"
// expect: {"a":[{"b":2,"c":3},{"d":4,"e":5}]} {"a":1} {"a":[4,2,3]} {"a":[1]} {"a":[1]}
// expect: {"a":null,"b":{"c":null}} {"a":1,"b":2} {"d":"1970-01-01T00:00:00.001Z"} {"a":{"b":1}} [3,2]
// expect: false {"x":{"y":1}} {"a":{"b":1,"c":2,"d":3}}
// expect: {"a":[1,3],"b":[2,4]}
// expect: 1 {"own":2,"inh":1}
